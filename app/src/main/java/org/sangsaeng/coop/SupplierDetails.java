package org.sangsaeng.coop;

/**
 * A supplier as the administration shows it. The business number and contact are null for suppliers
 * recorded before the foundation kept them; {@code account} is the username that answers for the
 * supplier, if one does.
 */
public record SupplierDetails(
        long id,
        String name,
        String businessNumber,
        String contactPerson,
        String contactPhone,
        String email,
        String goods,
        String account) {}
