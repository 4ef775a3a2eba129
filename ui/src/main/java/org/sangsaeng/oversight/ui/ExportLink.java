package org.sangsaeng.oversight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Function;
import org.sangsaeng.oversight.AuditExport;
import org.sangsaeng.ui.Feedback;

/**
 * Buttons that export as CSV or JSON. The export is asked for when the button is pressed, so a
 * refusal (too many rows, not allowed) shows as a message; then the browser downloads the file.
 */
class ExportLink extends HorizontalLayout {

    ExportLink(
            String idPrefix,
            Feedback feedback,
            Function<AuditExport.Format, AuditExport.ExportFile> export) {
        Anchor download = new Anchor();
        download.getElement().setAttribute("download", true);
        download.getStyle().set("display", "none");
        download.setId(idPrefix + "-download");
        add(download);
        for (AuditExport.Format format : AuditExport.Format.values()) {
            Button button =
                    new Button(
                            getTranslation("explorer.export." + format.extension),
                            e -> {
                                AuditExport.ExportFile file =
                                        feedback.attempt(() -> export.apply(format));
                                if (file != null) {
                                    download.setHref(
                                            (DownloadHandler)
                                                    event -> {
                                                        event.setFileName(file.filename());
                                                        event.setContentType(file.contentType());
                                                        file.body()
                                                                .writeTo(event.getOutputStream());
                                                    });
                                    download.getElement()
                                            .executeJs("setTimeout(() => this.click(), 0)");
                                }
                            });
            button.setId(idPrefix + "-" + format.extension);
            add(button);
        }
    }
}
