package org.trackone.csbm.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.trackone.csbm.ImplementationReport;
import org.trackone.csbm.ImplementationReports;

/**
 * The annual implementation report of a year: a page, and the same Thymeleaf template laid
 * out as PDF by openhtmltopdf. For the secretariat and the participating states, and its
 * public part for everyone when the body's record rule is public (the service decides).
 */
@Controller
@PreAuthorize("permitAll()")
class ReportPages {

    static {
        // openhtmltopdf logs through SLF4J, at the application's levels, rather than to standard error.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private final ImplementationReports reports;
    private final ITemplateEngine templates;
    private final ReportFonts fonts;

    ReportPages(ImplementationReports reports, ITemplateEngine templates, ReportFonts fonts) {
        this.reports = reports;
        this.templates = templates;
        this.fonts = fonts;
    }

    @GetMapping("/csbm/{body}/reports/{year:\\d+}")
    String report(@PathVariable String body, @PathVariable int year, @Nullable Authentication authentication,
            Model model) {
        model.addAttribute("report", reports.report(body, year, Viewers.name(authentication)));
        return "csbm/report";
    }

    @GetMapping("/csbm/{body}/reports/{year:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String body, @PathVariable int year,
            @Nullable Authentication authentication, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        ImplementationReport report = reports.report(body, year, Viewers.name(authentication));
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, Map.of("report", report));
        String html = templates.process("csbm/report-pdf", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        // The renderer writes into this document and closes it; the fonts it used go back when it is written.
        PDDocument document = new PDDocument();
        try (ReportFonts.Lease lease = fonts.offerTo(builder, document)) {
            builder.useFastMode().usePDDocument(document)
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), request.getRequestURL().toString())
                    .toStream(pdf).run();
            lease.written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            IOUtils.closeQuietly(document);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("implementation-report-" + body + "-" + year + ".pdf").build().toString())
                .body(pdf.toByteArray());
    }
}
