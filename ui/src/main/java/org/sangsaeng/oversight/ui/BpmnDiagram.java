package org.sangsaeng.oversight.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sangsaeng.oversight.ElementRuns;
import tools.jackson.databind.json.JsonMapper;

/**
 * A BPMN diagram drawn in the browser by bpmn-js (a plain script served from the webjar, loaded on
 * first use), with the path taken marked: elements that ran, elements running now, sequence flows
 * taken, and how many times each element ran. Sets {@code data-rendered} once drawn.
 */
class BpmnDiagram extends Div {

    // The navigated viewer: the same drawing, with zoom (wheel) and moving (drag) for large
    // processes.
    static final String SCRIPT =
            "webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js";
    static final String STYLES = "webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css";

    private static final String DRAW =
            """
            const el = $0, xml = $1, marks = JSON.parse($2), failed = $3;
            function draw() {
              const viewer = new BpmnJS({ container: el });
              viewer.importXML(xml).then(() => {
                const canvas = viewer.get('canvas'), overlays = viewer.get('overlays');
                canvas.zoom('fit-viewport');
                const mark = (ids, css) => ids.forEach(id => { try { canvas.addMarker(id, css); } catch (e) { } });
                mark(marks.done, 'ss-done');
                mark(marks.active, 'ss-active');
                mark(marks.flows, 'ss-flow');
                Object.entries(marks.counts).forEach(([id, n]) => {
                  try {
                    overlays.add(id, { position: { top: -10, right: 10 }, html: '<span class="ss-count">' + n + '</span>' });
                  } catch (e) { }
                });
                el.setAttribute('data-rendered', 'true');
              }).catch(e => { el.setAttribute('data-error', String(e)); el.textContent = failed; });
            }
            if (!document.querySelector('link[data-bpmn-js]')) {
              const css = document.createElement('link');
              css.rel = 'stylesheet'; css.href = $5; css.dataset.bpmnJs = '1';
              document.head.appendChild(css);
            }
            if (window.BpmnJS) { draw(); } else {
              let script = document.querySelector('script[data-bpmn-js]');
              if (!script) {
                script = document.createElement('script');
                script.src = $4; script.dataset.bpmnJs = '1';
                script.addEventListener('error', () => { el.textContent = failed; });
                document.head.appendChild(script);
              }
              script.addEventListener('load', draw);
            }
            """;

    BpmnDiagram(
            String xml, List<ElementRuns> runs, Collection<String> flowsTaken, String failedText) {
        addClassName("bpmn-diagram");
        setId("bpmn-diagram");
        setWidthFull();
        Map<String, Object> marks =
                Map.of(
                        "done",
                                runs.stream()
                                        .filter(
                                                r ->
                                                        r.completed() + r.terminated() > 0
                                                                && r.active() == 0)
                                        .map(ElementRuns::elementId)
                                        .toList(),
                        "active",
                                runs.stream()
                                        .filter(r -> r.active() > 0)
                                        .map(ElementRuns::elementId)
                                        .toList(),
                        "flows", List.copyOf(flowsTaken),
                        "counts",
                                runs.stream()
                                        .collect(
                                                Collectors.toMap(
                                                        ElementRuns::elementId,
                                                        ElementRuns::total)));
        getElement()
                .executeJs(
                        DRAW,
                        getElement(),
                        xml,
                        JsonMapper.builder().build().writeValueAsString(marks),
                        failedText,
                        SCRIPT,
                        STYLES);
    }
}
