package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.sangsaeng.coupons.CustomerForm;
import org.sangsaeng.coupons.CustomerService;
import org.sangsaeng.coupons.CustomerView;
import org.sangsaeng.coupons.ImportPreview;
import org.sangsaeng.coupons.ProductPhoto;
import org.sangsaeng.coupons.ShopMessageService;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.ui.Feedback;

/**
 * My shop's regular customers (phones masked), adding one, CSV import with preview, export, and
 * new-product messages.
 */
@Route("customers")
@PermitAll
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerService customers;
    private final Grid<CustomerView> grid = new Grid<>();

    public CustomersView(
            CustomerService customers, ShopMessageService messages, Feedback feedback) {
        this.customers = customers;
        grid.setId("customers-grid");
        grid.addColumn(CustomerView::name).setHeader(getTranslation("customers.name"));
        grid.addColumn(CustomerView::maskedPhone).setHeader(getTranslation("customers.phone"));
        grid.addColumn(c -> String.join(", ", c.tags()))
                .setHeader(getTranslation("customers.tags"));
        grid.addColumn(c -> c.consentOn().toString())
                .setHeader(getTranslation("customers.consentOn"));
        grid.addColumn(c -> c.optedOutAt() == null ? "" : getTranslation("customers.optedOut"))
                .setHeader(getTranslation("customers.state"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("customers.none"));

        TextField name = new TextField(getTranslation("customers.name"));
        name.setId("customer-name");
        TextField phone = new TextField(getTranslation("customers.phone"));
        phone.setPlaceholder("010-1234-5678");
        phone.setId("customer-phone");
        DatePicker consentOn =
                new DatePicker(
                        getTranslation("customers.consentOn"), LocalDate.now(MarketTime.ZONE));
        TextField consentText = new TextField(getTranslation("customers.consentText"));
        consentText.setValue(getTranslation("customers.consentDefault"));
        TextField tags = new TextField(getTranslation("customers.tags"));
        Button add =
                new Button(
                        getTranslation("customers.add"),
                        e -> {
                            if (feedback.attempt(
                                            () ->
                                                    customers.add(
                                                            new CustomerForm(
                                                                    name.getValue(),
                                                                    phone.getValue(),
                                                                    consentOn.getValue(),
                                                                    consentText.getValue(),
                                                                    tags.getValue())))
                                    != null) {
                                name.clear();
                                phone.clear();
                                refresh(feedback);
                            }
                        });
        add.setId("customer-add");

        TextArea csv = new TextArea(getTranslation("customers.csv"));
        csv.setHelperText(getTranslation("customers.csvHelp"));
        csv.setWidthFull();
        csv.setId("customers-csv");
        Grid<ImportPreview.Row> report = new Grid<>();
        report.addColumn(ImportPreview.Row::line).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        report.addColumn(ImportPreview.Row::name).setHeader(getTranslation("customers.name"));
        report.addColumn(ImportPreview.Row::maskedPhone)
                .setHeader(getTranslation("customers.phone"));
        report.addColumn(r -> r.error() == null ? getTranslation("customers.rowOk") : r.error())
                .setHeader(getTranslation("customers.rowResult"))
                .setFlexGrow(3);
        report.setAllRowsVisible(true);
        report.setId("customers-import-report");
        report.setVisible(false);
        Button preview =
                new Button(
                        getTranslation("customers.preview"),
                        e -> importCsv(feedback, csv, report, false));
        preview.setId("customers-preview");
        Button importRows =
                new Button(
                        getTranslation("customers.import"),
                        e -> importCsv(feedback, csv, report, true));
        importRows.setId("customers-import");
        // A BOM so that spreadsheet programs read the Korean names as UTF-8.
        Anchor export =
                new Anchor(
                        (DownloadHandler)
                                event -> {
                                    event.setFileName("customers.csv");
                                    event.setContentType("text/csv; charset=UTF-8");
                                    event.getOutputStream()
                                            .write(
                                                    ("\uFEFF" + customers.exportCsv())
                                                            .getBytes(StandardCharsets.UTF_8));
                                },
                        getTranslation("customers.export"));
        export.setId("customers-export");
        Details importer =
                new Details(
                        getTranslation("customers.importTitle"),
                        new VerticalLayout(csv, new HorizontalLayout(preview, importRows), report));

        TextField product = new TextField(getTranslation("customers.product"));
        product.setMaxLength(100);
        product.setHelperText(getTranslation("customers.productHelp"));
        product.setId("shop-message-product");
        IntegerField price = new IntegerField(getTranslation("customers.price"));
        price.setMin(0);
        price.setSuffixComponent(new Span(getTranslation("customers.won")));
        price.setId("shop-message-price");
        AtomicReference<byte[]> photo = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> photo.set(bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(1);
        // A phone's camera photo is several megabytes: the browser makes it smaller before sending
        // (PhotoShrink).
        upload.setMaxFileSize(PhotoShrink.MAX_PICKED_BYTES);
        PhotoShrink.on(upload);
        upload.setDropLabel(new Span(getTranslation("customers.photo")));
        upload.addFileRejectedListener(
                e ->
                        feedback.error(
                                getTranslation(
                                        "customers.photoRejected", ProductPhoto.MAX_BYTES / 1024)));
        upload.addFileRemovedListener(e -> photo.set(null));
        upload.setId("shop-message-photo");
        TextArea message = new TextArea(getTranslation("customers.message"));
        message.setMaxLength(500);
        message.setHelperText(getTranslation("customers.messageHelp"));
        message.setWidthFull();
        message.setId("shop-message");
        Button send =
                new Button(
                        getTranslation("customers.send"),
                        e -> {
                            ShopMessageService.Sent sent =
                                    feedback.attempt(
                                            () ->
                                                    messages.send(
                                                            new ShopMessageService.ProductMessage(
                                                                    message.getValue(),
                                                                    product.getValue(),
                                                                    price.getValue() == null
                                                                            ? null
                                                                            : price.getValue()
                                                                                    .longValue(),
                                                                    photo.get())));
                            if (sent != null) {
                                feedback.success(
                                        getTranslation(
                                                "customers.sent",
                                                sent.recipients(),
                                                sent.skipped()));
                                message.clear();
                                product.clear();
                                price.clear();
                                upload.clearFileList();
                                photo.set(null);
                            }
                        });
        send.setId("shop-message-send");

        add(
                new H2(getTranslation("nav.customers")),
                new FormLayout(name, phone, consentOn, consentText, tags),
                add,
                importer,
                export,
                grid,
                new H3(getTranslation("customers.messageTitle")),
                new FormLayout(product, price),
                upload,
                message,
                send);
        refresh(feedback);
    }

    private void importCsv(
            Feedback feedback, TextArea csv, Grid<ImportPreview.Row> report, boolean commit) {
        ImportPreview result =
                feedback.attempt(() -> customers.importCsv(csv.getValue(), commit, getLocale()));
        if (result != null) {
            report.setItems(result.rows());
            report.setVisible(true);
            feedback.success(
                    getTranslation(
                            commit ? "customers.imported" : "customers.previewed",
                            result.accepted(),
                            result.refused()));
            if (commit) {
                refresh(feedback);
            }
        }
    }

    private void refresh(Feedback feedback) {
        var mine = feedback.attempt(customers::mine);
        if (mine != null) {
            grid.setItems(mine);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " · " + getTranslation("app.name");
    }
}
