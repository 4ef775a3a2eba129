package org.sangsaeng.coop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.sangsaeng.coop.SupplierAdministration;
import org.sangsaeng.coop.SupplierDetails;
import org.sangsaeng.coop.SupplierForm;
import org.sangsaeng.shared.ResultPage;
import org.sangsaeng.ui.Feedback;

/**
 * The foundation's suppliers: search by name, business number or goods; create; change company
 * details; link the supplier account that answers for one.
 */
@Route("admin/suppliers")
@RolesAllowed({"FOUNDATION", "ADMIN"})
public class SuppliersAdminView extends AdminListView<SupplierDetails> {

    private final SupplierAdministration suppliers;

    public SuppliersAdminView(SupplierAdministration suppliers, Feedback feedback) {
        super(feedback, "admin.suppliers", "suppliers");
        this.suppliers = suppliers;
        grid.addColumn(SupplierDetails::name)
                .setHeader(getTranslation("admin.supplier.name"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.businessNumber() == null ? "" : s.businessNumber())
                .setHeader(getTranslation("admin.supplier.businessNumber"));
        grid.addColumn(
                        s ->
                                s.contactPerson() == null
                                        ? ""
                                        : s.contactPerson() + " " + s.contactPhone())
                .setHeader(getTranslation("admin.supplier.contact"));
        grid.addColumn(s -> s.account() == null ? "" : s.account())
                .setHeader(getTranslation("admin.supplier.account"));
        finish();
    }

    @Override
    protected ResultPage<SupplierDetails> page(String q, int page, int size) {
        return suppliers.list(q, page, size);
    }

    @Override
    protected void open(SupplierDetails supplier) {
        TextField name =
                field(
                        "admin.supplier.name",
                        "supplier-name",
                        supplier == null ? null : supplier.name());
        TextField number =
                field(
                        "admin.supplier.businessNumber",
                        "supplier-business-number",
                        supplier == null ? null : supplier.businessNumber());
        number.setPlaceholder("123-45-67890");
        TextField person =
                field(
                        "admin.supplier.contactPerson",
                        "supplier-contact-person",
                        supplier == null ? null : supplier.contactPerson());
        TextField phone =
                field(
                        "admin.supplier.contactPhone",
                        "supplier-contact-phone",
                        supplier == null ? null : supplier.contactPhone());
        phone.setPlaceholder("031-123-4567");
        // A plain text field, not EmailField's own check: the service's refusal names the mistake.
        TextField email =
                field(
                        "admin.supplier.email",
                        "supplier-email",
                        supplier == null ? null : supplier.email());
        email.setHelperText(getTranslation("admin.optional"));
        TextArea goods = new TextArea(getTranslation("admin.supplier.goods"));
        goods.setId("supplier-goods");
        goods.setValue(supplier == null || supplier.goods() == null ? "" : supplier.goods());
        goods.setWidthFull();
        FormLayout form = new FormLayout(name, number, person, phone, email, goods);
        form.setColspan(goods, 2);
        Supplier<SupplierDetails> save =
                () -> {
                    SupplierForm values =
                            new SupplierForm(
                                    name.getValue(),
                                    number.getValue(),
                                    person.getValue(),
                                    phone.getValue(),
                                    email.getValue(),
                                    goods.getValue());
                    return supplier == null
                            ? suppliers.create(values)
                            : suppliers.change(supplier.id(), values);
                };
        if (supplier == null) {
            dialog(getTranslation("admin.supplier.new"), "supplier", form, save);
            return;
        }
        TextField account = field("admin.supplier.account", "supplier-account", supplier.account());
        account.setHelperText(getTranslation("admin.supplier.accountHelp"));
        Button link =
                new Button(
                        getTranslation("admin.supplier.link"),
                        e -> {
                            if (feedback.succeeds(
                                    () -> suppliers.linkAccount(supplier.id(), account.getValue()),
                                    getTranslation("admin.supplier.linked", account.getValue()))) {
                                refresh();
                            }
                        });
        link.setId("supplier-link");
        HorizontalLayout linking = new HorizontalLayout(account, link);
        linking.setWidthFull();
        linking.expand(account);
        linking.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        dialog(
                getTranslation("admin.supplier.edit"),
                "supplier",
                form,
                save,
                new H3(getTranslation("admin.supplier.account")),
                linking);
    }
}
