package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.upload.Upload;
import org.sangsaeng.coupons.ProductPhoto;

/**
 * Makes a product photo small enough in the phone's browser before it is sent: a camera photo is
 * 3-10 MB, the app keeps at most {@link ProductPhoto#MAX_BYTES}. A photo that is not a JPEG or PNG
 * under the limit is drawn at most {@value #MAX_SIDE} pixels a side (turned as the camera held it)
 * and sent as a JPEG, lowering the quality until it fits. Where the browser cannot read the picture
 * (an old browser, a format it does not know) the file goes as it is and the server refuses it with
 * its reason. The server checks every photo again ({@link ProductPhoto#of}).
 */
final class PhotoShrink {

    /** What the owner may pick on the phone; the browser shrinks it before sending. */
    static final int MAX_PICKED_BYTES = 30 * 1024 * 1024;

    static final int MAX_SIDE = 1600;

    private static final String SCRIPT =
            """
            const upload = this, limit = $0, side = $1;
            upload.addEventListener('upload-request', e => {
              const file = e.detail.file;
              if ((file.size <= limit && /^image\\/(jpeg|png)$/.test(file.type)) || !window.createImageBitmap
                  || e.detail.uploadFormat !== 'raw') {
                return;
              }
              e.preventDefault();
              const xhr = e.detail.xhr;
              createImageBitmap(file).then(bitmap => {
                const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
                const canvas = document.createElement('canvas');
                canvas.width = Math.max(1, Math.round(bitmap.width * scale));
                canvas.height = Math.max(1, Math.round(bitmap.height * scale));
                canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
                const encode = quality => canvas.toBlob(blob => {
                  if (blob && blob.size > limit && quality > 0.4) {
                    encode(quality - 0.15);
                  } else {
                    xhr.send(blob || file);
                  }
                }, 'image/jpeg', quality);
                encode(0.85);
              }).catch(() => xhr.send(file));
            });
            """;

    private PhotoShrink() {}

    static void on(Upload upload) {
        upload.getElement().executeJs(SCRIPT, ProductPhoto.MAX_BYTES, MAX_SIDE);
    }
}
