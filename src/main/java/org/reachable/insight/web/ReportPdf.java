package org.reachable.insight.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.reachable.insight.MonthlyReport;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The monthly report as PDF: the same tables as the page, rendered from an XHTML template by openhtmltopdf on
 * Apache PDFBox (text stays text, so the PDF is searchable and readable by screen readers' text extraction).
 */
@Component
class ReportPdf {

    private final TemplateEngine templates;
    private final TableCells cells;

    ReportPdf(TemplateEngine templates, TableCells cells) {
        this.templates = templates;
        this.cells = cells;
    }

    byte[] render(MonthlyReport.Report report, String title) {
        Context context = new Context(Locale.UK, Map.of("report", report, "title", title, "tableCells", cells));
        String html = templates.process("insight/report-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.withProducer("Reachable");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be rendered as PDF", e);
        }
    }
}
