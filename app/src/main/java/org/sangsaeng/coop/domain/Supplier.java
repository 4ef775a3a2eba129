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

    protected Supplier() {
    }

    public Supplier(String name, String goods, Long userId) {
        this.name = name;
        this.goods = goods;
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
}
