package org.sangsaeng.coop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "market")
public class Market {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String district;
    private String address;

    protected Market() {}

    public Market(String name, String district, String address) {
        this.name = name;
        this.district = district;
        this.address = address;
    }

    /** A new name, district or address, as the foundation corrects or updates them. */
    public void change(String name, String district, String address) {
        this.name = name;
        this.district = district;
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }

    public String getAddress() {
        return address;
    }
}
