package org.sangsaeng.coop;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sangsaeng.coop.domain.Supplier;
import org.sangsaeng.shared.BusinessNumber;
import org.sangsaeng.shared.InvalidInputException;

/**
 * A supplier as the foundation records it: company name and business registration number (both
 * unique), a contact person and phone, an optional e-mail and the goods it sells.
 */
public record SupplierForm(
        @Schema(example = "한맥제분") String name,
        @Schema(example = "220-81-43373") String businessNumber,
        @Schema(example = "한정미") String contactPerson,
        @Schema(example = "031-712-3456") String contactPhone,
        @Schema(example = "order@hanmaek.example.kr", nullable = true) String email,
        @Schema(example = "밀가루 20kg 포대, 천연효모") String goods) {

    /**
     * The form in its standard shape (trimmed, 123-45-67890, 010-1234-5678); refused, naming the
     * field, when something is missing, malformed or too long.
     */
    public SupplierForm checked() {
        String checkedName = Fields.required(name, 100, "supplierName");
        String number = businessNumber == null || businessNumber.isBlank() ? null : businessNumber;
        if (number == null) {
            throw new InvalidInputException("error.admin.businessNumber.blank");
        }
        return new SupplierForm(
                checkedName,
                BusinessNumber.of(number).value(),
                Fields.required(contactPerson, 100, "contactPerson"),
                Fields.phone(contactPhone),
                Fields.email(email),
                Fields.required(goods, 500, "goods"));
    }

    /** A new supplier of this form, which {@link #checked()} has checked. */
    Supplier newSupplier() {
        return new Supplier(name, businessNumber, contactPerson, contactPhone, email, goods);
    }
}
