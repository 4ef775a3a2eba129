package org.sangsaeng.notifications.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The parts of an account that sending needs; the membership module owns the account. */
@Entity
@Immutable
@Table(name = "app_user")
public class Recipient {

    @Id private Long id;
    private String username;
    private String locale;
    private String email;
    private String phone;

    protected Recipient() {}

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getLocale() {
        return locale;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
