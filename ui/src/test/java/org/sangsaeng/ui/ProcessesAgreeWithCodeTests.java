package org.sangsaeng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.engine.JobHandler;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.tasks.ui.MyTasksView;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The processes and the code agree: every step of {@code processes/*.bpmn} that a person or a
 * worker must do can be done by the app as it runs (the beans of the started app are checked, not a
 * list kept by hand). A user task has its form's rules in {@code app} and its form in {@code ui}, a
 * due date, a reminder before it and something that happens when it is due (an escalation, or a
 * deadline that ends the step); a service task has exactly one worker; and no form or worker of the
 * code is left without a step. Each failure names the file and the element.
 */
@TestPropertySource(properties = "vaadin.productionMode=true") // shares the browser tests' app
class ProcessesAgreeWithCodeTests extends InMemoryEngineTest {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";
    static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";

    /**
     * Human tasks that may go without a due date, reminder or escalation: {@code file#elementId}
     * and why. Empty: every person's step has them.
     */
    static final Map<String, String> WITHOUT_DUE_DATE_OR_REMINDER = Map.of();

    static List<Process> processes;

    @Autowired List<UserTaskForm> appForms;
    @Autowired List<TaskFormFactory> uiForms;
    @Autowired List<JobHandler> workers;

    @BeforeAll
    static void readProcesses() throws Exception {
        Path folder = Path.of(System.getProperty("sangsaeng.project.root", ".."), "processes");
        try (Stream<Path> files = Files.list(folder)) {
            processes =
                    files.filter(f -> f.toString().endsWith(".bpmn"))
                            .sorted()
                            .map(Process::read)
                            .toList();
        }
        assertThat(processes)
                .as("BPMN files in %s", folder.toAbsolutePath())
                .hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void everyUserTaskHasItsFormInAppAndInUi() {
        Set<String> app = keys(appForms, UserTaskForm::formKey);
        Set<String> ui = keys(uiForms, TaskFormFactory::formKey);
        List<String> problems = new ArrayList<>();
        for (Process p : processes) {
            for (Element task : p.elements("userTask")) {
                String formKey = p.formKey(task);
                if (formKey == null) {
                    problems.add(p.where(task) + ": no form key");
                    continue;
                }
                if (!app.contains(formKey)) {
                    problems.add(
                            p.where(task)
                                    + ": form '"
                                    + formKey
                                    + "' has no rules in app (a UserTaskForm bean)");
                }
                if (!ui.contains(formKey)) {
                    problems.add(
                            p.where(task)
                                    + ": form '"
                                    + formKey
                                    + "' has no form in ui (a TaskFormFactory bean)");
                }
            }
        }
        assertThat(problems).as("user tasks a person cannot act on").isEmpty();
        assertThat(duplicates(appForms, UserTaskForm::formKey))
                .as("form keys with two sets of rules in app")
                .isEmpty();
        assertThat(duplicates(uiForms, TaskFormFactory::formKey))
                .as("form keys with two forms in ui")
                .isEmpty();
    }

    @Test
    void everyHumanTaskHasADueDateAReminderAndSomethingThatHappensWhenItIsDue() {
        List<String> problems = new ArrayList<>();
        Set<String> excepted = new HashSet<>();
        for (Process p : processes) {
            for (Element task : p.elements("userTask")) {
                String id = task.getAttribute("id");
                if (WITHOUT_DUE_DATE_OR_REMINDER.containsKey(p.file() + "#" + id)) {
                    excepted.add(p.file() + "#" + id);
                    continue;
                }
                if (p.dueDate(task) == null) {
                    problems.add(p.where(task) + ": no due date (zeebe:taskSchedule dueDate)");
                }
                if (!p.followsTimerTo(id, "task-remind", false)) {
                    problems.add(
                            p.where(task)
                                    + ": no reminder (a non-interrupting timer to a task-remind"
                                    + " service task with taskElementId = "
                                    + id
                                    + ")");
                }
                if (!p.followsTimerTo(id, "task-escalate", false) && !p.hasInterruptingTimer(id)) {
                    problems.add(
                            p.where(task)
                                    + ": nothing happens when it is due (no timer to a task-escalate"
                                    + " service task with taskElementId = "
                                    + id
                                    + ", no interrupting deadline)");
                }
            }
        }
        assertThat(problems)
                .as("human tasks a person can forget without anyone noticing")
                .isEmpty();
        assertThat(WITHOUT_DUE_DATE_OR_REMINDER.keySet())
                .as("exceptions that name no user task")
                .isSubsetOf(excepted);
    }

    @Test
    void theTaskListsTypeFilterListsEveryProcessWithAHumanStep() {
        Set<String> withUserTasks =
                processes.stream()
                        .filter(p -> !p.elements("userTask").isEmpty())
                        .map(p -> p.file().replace(".bpmn", ""))
                        .collect(Collectors.toCollection(TreeSet::new));
        assertThat(MyTasksView.PROCESSES).containsExactlyInAnyOrderElementsOf(withUserTasks);
    }

    @Test
    void aReminderInsideAMultiInstanceSubprocessIsAboutItsOwnInstanceOnly() {
        List<String> problems = new ArrayList<>();
        for (Process p : processes) {
            for (Element sub : p.elements("subProcess")) {
                String each = p.inputElement(sub);
                if (each == null) {
                    continue;
                }
                for (Element task : p.jobElements()) {
                    boolean inside =
                            sub.compareDocumentPosition(task)
                                    == (Element.DOCUMENT_POSITION_CONTAINED_BY
                                            | Element.DOCUMENT_POSITION_FOLLOWING);
                    String type = p.jobType(task);
                    if (inside
                            && (type.equals("task-remind") || type.equals("task-escalate"))
                            && !each.equals(Process.header(task, "sameVariable"))) {
                        problems.add(
                                p.where(task)
                                        + ": in "
                                        + sub.getAttribute("id")
                                        + ", one per '"
                                        + each
                                        + "', it needs the header sameVariable = "
                                        + each);
                    }
                }
            }
        }
        assertThat(problems).as("reminders that would name every instance's task").isEmpty();
    }

    /**
     * The BPMN files write candidate groups as FEEL expressions and the app builds the same names
     * in {@link CurrentUser} to decide who sees a task: each expression, evaluated by the engine's
     * FEEL for a co-op and a supplier, must give only names the app gives people. A typo in one
     * file ({@code "coop:" + string(coopId) + ":leaders"}) would leave a task nobody sees.
     */
    @Test
    void everyCandidateGroupIsOneTheAppGivesPeople() {
        long coopId = 7;
        long supplierId = 3;
        Set<String> known =
                Set.of(
                        CurrentUser.leaderGroup(coopId),
                        CurrentUser.memberGroup(coopId),
                        CurrentUser.supplierGroup(supplierId),
                        CurrentUser.FOUNDATION_GROUP,
                        CurrentUser.ADMIN_GROUP);
        Map<String, Object> variables =
                Map.of(
                        "coopId", coopId,
                        "supplierId", supplierId,
                        // set by the app when it starts the process (CoopProposalService)
                        "reviewGroups", List.of(CurrentUser.leaderGroup(coopId)));
        FeelEngineApi feel = FeelEngineBuilder.forJava().build();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Process p : processes) {
            for (Element task : p.elements("userTask")) {
                String expression = p.candidateGroups(task);
                if (expression == null) {
                    continue;
                }
                checked++;
                EvaluationResult result =
                        feel.evaluateExpression(expression.replaceFirst("^=", ""), variables);
                if (result.isFailure()) {
                    problems.add(p.where(task) + ": " + expression + " does not evaluate");
                } else if (!(result.result() instanceof List<?> groups)
                        || groups.isEmpty()
                        || !known.containsAll(groups)) {
                    problems.add(
                            p.where(task)
                                    + ": "
                                    + expression
                                    + " gives "
                                    + result.result()
                                    + ", not one of "
                                    + new TreeSet<>(known));
                }
            }
        }
        assertThat(checked).as("user tasks with candidate groups").isGreaterThanOrEqualTo(10);
        assertThat(problems).as("candidate groups no person is in").isEmpty();
    }

    @Test
    void everyServiceTaskHasExactlyOneWorker() {
        Map<String, Long> handlers =
                workers.stream()
                        .collect(Collectors.groupingBy(JobHandler::jobType, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        for (Process p : processes) {
            for (Element task : p.jobElements()) {
                String type = p.jobType(task);
                long count = handlers.getOrDefault(type, 0L);
                if (count != 1) {
                    problems.add(
                            p.where(task) + ": job type '" + type + "' has " + count + " workers");
                }
            }
        }
        assertThat(problems).as("service tasks no worker does, or more than one").isEmpty();
    }

    @Test
    void everyFormAndWorkerOfTheCodeHasAStepInAProcess() {
        Set<String> formKeys = new HashSet<>();
        Set<String> jobTypes = new HashSet<>(Set.of(USER_TASK_JOB));
        for (Process p : processes) {
            p.elements("userTask").forEach(t -> formKeys.add(p.formKey(t)));
            p.jobElements().forEach(t -> jobTypes.add(p.jobType(t)));
        }
        assertThat(keys(appForms, UserTaskForm::formKey))
                .as("form rules in app that no process uses")
                .isSubsetOf(formKeys);
        assertThat(keys(uiForms, TaskFormFactory::formKey))
                .as("forms in ui that no process uses")
                .isSubsetOf(formKeys);
        assertThat(keys(workers, JobHandler::jobType))
                .as("workers that no process uses")
                .isSubsetOf(jobTypes);
    }

    private static <T> Set<String> keys(List<T> beans, Function<T, String> key) {
        return beans.stream().map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static <T> Set<String> duplicates(List<T> beans, Function<T, String> key) {
        return beans.stream()
                .collect(Collectors.groupingBy(key, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** One BPMN file, read as XML. */
    record Process(String file, Document xml) {

        static Process read(Path path) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return new Process(
                        path.getFileName().toString(),
                        factory.newDocumentBuilder().parse(path.toFile()));
            } catch (IOException
                    | org.xml.sax.SAXException
                    | javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException("Cannot read " + path, e);
            }
        }

        String where(Element element) {
            return file
                    + " "
                    + element.getAttribute("id")
                    + " ("
                    + element.getAttribute("name")
                    + ")";
        }

        List<Element> elements(String bpmnName) {
            return list(xml.getElementsByTagNameNS(BPMN, bpmnName));
        }

        /**
         * Elements a job worker does: those with a zeebe:taskDefinition (service tasks and the
         * like).
         */
        List<Element> jobElements() {
            return list(xml.getElementsByTagNameNS(ZEEBE, "taskDefinition")).stream()
                    .map(d -> (Element) d.getParentNode().getParentNode())
                    .toList();
        }

        String jobType(Element element) {
            return zeebe(element, "taskDefinition", "type");
        }

        String candidateGroups(Element userTask) {
            return zeebe(userTask, "assignmentDefinition", "candidateGroups");
        }

        String formKey(Element userTask) {
            return zeebe(userTask, "formDefinition", "formKey");
        }

        /**
         * The input element of a multi-instance element (one instance per payer, per hire), or
         * null.
         */
        String inputElement(Element element) {
            return list(element.getElementsByTagNameNS(ZEEBE, "loopCharacteristics")).stream()
                    .filter(e -> e.getParentNode().getParentNode().getParentNode() == element)
                    .map(e -> e.getAttribute("inputElement"))
                    .filter(v -> !v.isBlank())
                    .findFirst()
                    .orElse(null);
        }

        String dueDate(Element userTask) {
            return zeebe(userTask, "taskSchedule", "dueDate");
        }

        /**
         * Whether a timer on the task leads to a service task of this job type that names the task.
         */
        boolean followsTimerTo(String taskId, String jobType, boolean interrupting) {
            for (Element boundary : timersOn(taskId)) {
                if (isInterrupting(boundary) != interrupting) {
                    continue;
                }
                for (Element target : targetsOf(boundary)) {
                    if (jobType.equals(jobType(target))
                            && taskId.equals(header(target, "taskElementId"))) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean hasInterruptingTimer(String taskId) {
            return timersOn(taskId).stream().anyMatch(Process::isInterrupting);
        }

        private List<Element> timersOn(String taskId) {
            return elements("boundaryEvent").stream()
                    .filter(b -> taskId.equals(b.getAttribute("attachedToRef")))
                    .filter(
                            b ->
                                    b.getElementsByTagNameNS(BPMN, "timerEventDefinition")
                                                    .getLength()
                                            > 0)
                    .toList();
        }

        private static boolean isInterrupting(Element boundary) {
            return !"false".equals(boundary.getAttribute("cancelActivity"));
        }

        private List<Element> targetsOf(Element source) {
            String id = source.getAttribute("id");
            Set<String> targets =
                    elements("sequenceFlow").stream()
                            .filter(f -> id.equals(f.getAttribute("sourceRef")))
                            .map(f -> f.getAttribute("targetRef"))
                            .collect(Collectors.toSet());
            return list(xml.getElementsByTagNameNS(BPMN, "*")).stream()
                    .filter(e -> targets.contains(e.getAttribute("id")))
                    .toList();
        }

        static String header(Element element, String key) {
            return list(element.getElementsByTagNameNS(ZEEBE, "header")).stream()
                    .filter(h -> key.equals(h.getAttribute("key")))
                    .map(h -> h.getAttribute("value"))
                    .findFirst()
                    .orElse(null);
        }

        /** An attribute of the element's own zeebe extension (not one of an element inside it). */
        private static String zeebe(Element element, String extension, String attribute) {
            return list(element.getElementsByTagNameNS(ZEEBE, extension)).stream()
                    .filter(e -> e.getParentNode().getParentNode() == element)
                    .map(e -> e.getAttribute(attribute))
                    .filter(v -> !v.isBlank())
                    .findFirst()
                    .orElse(null);
        }

        private static List<Element> list(NodeList nodes) {
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        }
    }
}
