package org.sangsaeng.coupons.domain;

import jakarta.persistence.Column;
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
    private String shopName;
    private String productName;
    private Long priceWon;

    // MEDIUMBLOB (up to 16 MB; the app takes at most 900 KB).
    @Column(length = 16_777_215)
    private byte[] photo;

    private String photoType;
    private String publicToken;
    private String mmsFileId;
    private String mmsRefusal;

    protected ShopMessage() {}

    public ShopMessage(long ownerId, String text, Instant sentAt) {
        this.ownerId = ownerId;
        this.text = text;
        this.sentAt = sentAt;
    }

    /**
     * A message about a product: its name, price (whole won) and photo, on a public page of its
     * own.
     */
    public ShopMessage(
            long ownerId,
            String text,
            String shopName,
            String productName,
            Long priceWon,
            byte[] photo,
            String photoType,
            String publicToken,
            Instant sentAt) {
        this(ownerId, text, sentAt);
        this.shopName = shopName;
        this.productName = productName;
        this.priceWon = priceWon;
        this.photo = photo;
        this.photoType = photoType;
        this.publicToken = publicToken;
    }

    public void counted(int recipients, int skipped) {
        this.recipients = recipients;
        this.skipped = skipped;
    }

    /**
     * SOLAPI took the MMS copy of the photo under this file id. The first id kept stays (two nodes
     * may upload at once; either file serves), and is returned.
     */
    public String mmsUploaded(String fileId) {
        if (photo == null) {
            throw new IllegalStateException("Shop message " + id + " has no photo");
        }
        if (mmsFileId == null) {
            mmsFileId = fileId;
        }
        return mmsFileId;
    }

    /** SOLAPI refused the photo: its messages go as LMS, and the reason is kept. */
    public void mmsRefused(String reason) {
        String why = reason == null || reason.isBlank() ? "refused" : reason;
        mmsRefusal = why.substring(0, Math.min(why.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public int getRecipients() {
        return recipients;
    }

    public int getSkipped() {
        return skipped;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getShopName() {
        return shopName;
    }

    public String getProductName() {
        return productName;
    }

    public Long getPriceWon() {
        return priceWon;
    }

    public byte[] getPhoto() {
        return photo;
    }

    public String getPhotoType() {
        return photoType;
    }

    public String getPublicToken() {
        return publicToken;
    }

    public String getMmsFileId() {
        return mmsFileId;
    }

    public String getMmsRefusal() {
        return mmsRefusal;
    }
}
