package org.sangsaeng.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A signed-in page about one thing whose id the URL holds (a post, a vote, a purchase): loaded for
 * the person on entering, an unknown or forbidden id sending them back to a list; then shown, and
 * shown again after each change to it. The tab bears the thing's title.
 */
public abstract class SubjectPage<T> extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    protected final Feedback feedback;
    private final String parameter;
    private final LongFunction<T> load;
    private final Class<? extends Component> fallback;
    private final Function<T, String> titleOf;
    private String title = "";

    /**
     * @param parameter the route parameter that holds the id
     * @param fallback where an id that does not load leads
     * @param titleOf the title of the thing, for the tab
     */
    protected SubjectPage(
            Feedback feedback,
            String parameter,
            LongFunction<T> load,
            Class<? extends Component> fallback,
            Function<T, String> titleOf) {
        this.feedback = feedback;
        this.parameter = parameter;
        this.load = load;
        this.fallback = fallback;
        this.titleOf = titleOf;
    }

    /**
     * Goes to {@code page}, about the thing with {@code id}, which its route holds in {@code
     * parameter}.
     */
    protected static void open(Class<? extends SubjectPage<?>> page, String parameter, long id) {
        UI.getCurrent().navigate(page, new RouteParameters(parameter, String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        T subject = feedback.load(event, parameter, load, fallback);
        if (subject != null) {
            show(subject);
        }
    }

    /** Shows {@code subject} in place of all that was shown. */
    protected final void show(T subject) {
        removeAll();
        title = titleOf.apply(subject);
        build(subject);
    }

    /**
     * Runs a change that answers the subject as it now is, and shows that; answers whether it went
     * through. A refusal is shown and the page stays as it was.
     */
    protected final boolean change(Supplier<T> action) {
        T changed = feedback.attempt(action);
        if (changed != null) {
            show(changed);
        }
        return changed != null;
    }

    /** As {@link #change(Supplier)}, telling the person {@code done} when it went through. */
    protected final void change(Supplier<T> action, String done) {
        if (change(action)) {
            feedback.success(done);
        }
    }

    /** Adds what the page shows of {@code subject} to the emptied page. */
    protected abstract void build(T subject);

    /** The title of what is shown, empty before anything is. */
    protected String subjectTitle() {
        return title;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
