package org.sangsaeng.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.board.BoardQuery;
import org.sangsaeng.board.BoardService;
import org.sangsaeng.board.PostDetails;
import org.sangsaeng.board.PostForm;
import org.sangsaeng.board.PostKind;
import org.sangsaeng.board.PostSummary;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.ui.CoopSelect;
import org.sangsaeng.ui.Feedback;

/** A co-op's board: pinned notices first, then the newest; filter by kind, search, write a post. */
@Route("board")
@PermitAll
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoopSelect coop;
    private final Select<PostKind> kind = new Select<>();
    private final TextField search = new TextField();
    private final Grid<PostSummary> grid = new Grid<>();
    private final Checkbox digest;
    private final BoardService board;

    public BoardView(
            BoardService board, CoopService coops, CurrentUsers currentUsers, Feedback feedback) {
        this.board = board;
        CurrentUser me = currentUsers.require();
        coop = new CoopSelect(coops, me);
        coop.setId("board-coop");
        kind.setLabel(getTranslation("board.kind"));
        kind.setItems(PostKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        kind.setItemLabelGenerator(
                k ->
                        k == null
                                ? getTranslation("tasks.filter.all")
                                : getTranslation("postKind." + k.name()));
        kind.setId("board-kind");
        search.setLabel(getTranslation("board.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("board-search");
        digest = new Checkbox(getTranslation("board.digest"));
        digest.setId("board-digest");
        digest.setHelperText(getTranslation("board.digestHelp"));
        digest.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && coop.getValue() != null) {
                        feedback.succeeds(
                                () -> board.subscribeDigest(coop.getValue().id(), e.getValue()));
                    }
                });

        grid.setId("board-grid");
        grid.addComponentColumn(this::kindBadge)
                .setHeader(getTranslation("board.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PostSummary::title).setHeader(getTranslation("board.title")).setFlexGrow(3);
        grid.addColumn(
                        p ->
                                p.authorName() == null
                                        ? getTranslation("board.system")
                                        : p.authorName())
                .setHeader(getTranslation("board.author"));
        grid.addColumn(p -> Feedback.dateTime(p.createdAt(), getLocale()))
                .setHeader(getTranslation("board.date"));
        grid.addColumn(p -> getTranslation("board.counts", p.comments(), p.usefulMarks()))
                .setHeader(getTranslation("board.commentsAndUseful"));
        grid.setEmptyStateText(getTranslation("board.empty"));
        grid.addItemClickListener(e -> PostPage.open(e.getItem().id()));

        coop.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(coop, kind, search, digest);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.board")), filters, newPostForm(me, feedback), grid);
        setSizeFull();
        grid.setSizeFull();
        refresh();
    }

    private Details newPostForm(CurrentUser me, Feedback feedback) {
        Select<PostKind> postKind = new Select<>();
        postKind.setLabel(getTranslation("board.kind"));
        postKind.setItems(PostKind.NOTICE, PostKind.INFO, PostKind.QUESTION);
        postKind.setItemLabelGenerator(k -> getTranslation("postKind." + k.name()));
        postKind.setValue(PostKind.INFO);
        postKind.setId("post-kind");
        TextField title = new TextField(getTranslation("board.title"));
        title.setMaxLength(200);
        title.setId("post-title");
        TextArea body = new TextArea(getTranslation("board.body"));
        body.setMaxLength(BoardService.MAX_BODY);
        body.setHelperText(getTranslation("board.bodyHelp"));
        body.setId("post-body");
        body.setWidthFull();
        List<TextField> links = new ArrayList<>();
        VerticalLayout linkFields = new VerticalLayout();
        linkFields.setPadding(false);
        Button addLink =
                new Button(
                        getTranslation("board.addLink"),
                        e -> {
                            if (links.size() < BoardService.MAX_LINKS) {
                                TextField link = new TextField(getTranslation("board.link"));
                                link.setPlaceholder("https://");
                                link.setWidthFull();
                                link.setId("post-link-" + links.size());
                                links.add(link);
                                linkFields.add(link);
                            }
                        });
        addLink.setId("post-add-link");
        Details details = new Details(getTranslation("board.newPost"));
        Button publish =
                new Button(
                        getTranslation("board.publish"),
                        e -> {
                            if (coop.getValue() == null) {
                                return;
                            }
                            List<PostForm.LinkForm> given =
                                    links.stream()
                                            .filter(l -> !l.getValue().isBlank())
                                            .map(l -> new PostForm.LinkForm(l.getValue(), null))
                                            .toList();
                            PostDetails created =
                                    feedback.attempt(
                                            () ->
                                                    board.post(
                                                            coop.getValue().id(),
                                                            new PostForm(
                                                                    postKind.getValue(),
                                                                    title.getValue(),
                                                                    body.getValue(),
                                                                    given)));
                            if (created != null) {
                                feedback.success(getTranslation("board.published"));
                                PostPage.open(created.id());
                            }
                        });
        publish.addThemeName("primary");
        publish.setId("post-publish");
        VerticalLayout content =
                new VerticalLayout(
                        new FormLayout(postKind, title), body, linkFields, addLink, publish);
        content.setPadding(false);
        details.add(content);
        details.setId("new-post");
        details.setVisible(!me.memberships().isEmpty());
        return details;
    }

    private Span kindBadge(PostSummary p) {
        Span badge =
                new Span((p.pinned() ? "📌 " : "") + getTranslation("postKind." + p.kind().name()));
        badge.getElement()
                .getThemeList()
                .add(
                        "badge"
                                + (p.kind() == PostKind.NOTICE
                                        ? " primary"
                                        : p.kind() == PostKind.DECISION ? " success" : ""));
        return badge;
    }

    private void refresh() {
        if (coop.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        long coopId = coop.getValue().id();
        PostKind k = kind.getValue();
        String text = search.getValue();
        grid.setItems(
                query ->
                        board
                                .list(
                                        new BoardQuery(
                                                coopId,
                                                k,
                                                text,
                                                query.getOffset(),
                                                query.getLimit()))
                                .stream(),
                query -> (int) board.count(new BoardQuery(coopId, k, text, 0, 1)));
        digest.setValue(board.digestSubscribed(coopId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("coop")
                .ifPresent(
                        id -> {
                            try {
                                coop.select(Long.parseLong(id));
                            } catch (NumberFormatException e) {
                                // an unknown co-op in a link: the first visible one stays chosen
                            }
                        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board") + " · " + getTranslation("app.name");
    }
}
