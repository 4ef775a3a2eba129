package org.sangsaeng.coop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String goods;

    @Column(name = "user_id")
    private Long userId;

    // Null only for suppliers recorded before the foundation kept these details.
    private String businessNumber;
    private String contactPerson;
    private String contactPhone;
    private String email;

    protected Supplier() {}

    public Supplier(String name, String goods, Long userId) {
        this.name = name;
        this.goods = goods;
        this.userId = userId;
    }

    public Supplier(
            String name,
            String businessNumber,
            String contactPerson,
            String contactPhone,
            String email,
            String goods) {
        this.name = name;
        change(name, businessNumber, contactPerson, contactPhone, email, goods);
    }

    /** New company details, as the foundation records or corrects them. */
    public void change(
            String name,
            String businessNumber,
            String contactPerson,
            String contactPhone,
            String email,
            String goods) {
        this.name = name;
        this.businessNumber = businessNumber;
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
        this.email = email;
        this.goods = goods;
    }

    /** The account that answers for this supplier from now on (confirms orders, sees its tasks). */
    public void answeredBy(long userId) {
        this.userId = userId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getGoods() {
        return goods;
    }

    public Long getUserId() {
        return userId;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getEmail() {
        return email;
    }
}
