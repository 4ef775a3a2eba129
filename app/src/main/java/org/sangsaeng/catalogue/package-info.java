/**
 * Suppliers' catalogues (공급업체 상품 목록): items with their unit and pack size, and a dated price
 * history, kept by the supplier itself (or the foundation on its behalf) and picked from by leaders
 * who propose a group purchase.
 */
package org.sangsaeng.catalogue;
