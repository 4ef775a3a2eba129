package org.sangsaeng.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "shop_message")
public class ShopMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long ownerId;
    private String text;
    private int recipients;
    private int skipped;
    private Instant sentAt;

    protected ShopMessage() {
    }

    public ShopMessage(long ownerId, String text, Instant sentAt) {
        this.ownerId = ownerId;
        this.text = text;
        this.sentAt = sentAt;
    }

    public void counted(int recipients, int skipped) {
        this.recipients = recipients;
        this.skipped = skipped;
    }

    public Long getId() { return id; }
    public String getText() { return text; }
    public int getRecipients() { return recipients; }
    public int getSkipped() { return skipped; }
    public Instant getSentAt() { return sentAt; }
}
