package org.trackone.csbm.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The fonts the PDF reports are set in, in the jar under {@code fonts/} (fetched from the npm
 * registry when the jar is built, see {@code pom.xml}; SIL Open Font License 1.1, whose text lies
 * beside each font): Noto Sans for Latin and Cyrillic, regular and bold, and Noto Sans KR, JP and SC
 * for Korean, Japanese and Chinese. Every family is offered to every report; the template lists them
 * in the order of the page's language ({@code csbm/report-pdf.html}), so that Han characters take
 * that language's forms, and the renderer takes each character from the first family that has it.
 *
 * <p>A font is read only when a report needs one of its characters, and is embedded as a subset of
 * the glyphs used. Parsing a CJK font (6 to 11 MB) costs far more than a report, so a parsed font is
 * kept for the next report once this one is written; PDFBox's parsed fonts are not safe to share
 * between reports written at the same time, so each report borrows its own and a second one at the
 * same time parses another. The metrics the renderer reads from a font are kept for all reports.
 */
@Component
class ReportFonts {

    /** A font of the jar, with the family and weight the reports' style sheet names it by. */
    record Face(String family, int weight, String resource) {}

    static final List<Face> FACES = List.of(
            new Face("Noto Sans", 400, "fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
            new Face("Noto Sans", 700, "fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
            new Face("Noto Sans KR", 400, "fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf"),
            new Face("Noto Sans JP", 400, "fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf"),
            new Face("Noto Sans SC", 400, "fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"));

    /** Parsed fonts kept per face between reports: one, as reports are rare and a CJK font large. */
    private static final int KEPT_PER_FACE = 1;

    private final List<BlockingQueue<TrueTypeFont>> kept = new ArrayList<>();
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

    ReportFonts() {
        for (Face face : FACES) {
            if (ReportFonts.class.getClassLoader().getResource(face.resource()) == null) {
                throw new IllegalStateException("The report font " + face.resource()
                        + " is not on the class path: build with ./trackone build (or ./mvnw package), which fetches it");
            }
            kept.add(new ArrayBlockingQueue<>(KEPT_PER_FACE));
        }
    }

    /**
     * Offers every font to a renderer that writes into {@code document}. The fonts it borrows are
     * given back by closing the returned lease, after the document is written.
     */
    Lease offerTo(PdfRendererBuilder builder, PDDocument document) {
        Lease lease = new Lease();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        for (int i = 0; i < FACES.size(); i++) {
            int index = i;
            Face face = FACES.get(i);
            builder.useFont(new PDFontSupplier(null) {
                @Override
                public PDFont supply() {
                    try {
                        return PDType0Font.load(document, lease.borrow(index), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }, face.family(), face.weight(), FontStyle.NORMAL, true);
        }
        return lease;
    }

    private TrueTypeFont parse(Face face) throws IOException {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IOException("missing " + face.resource());
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            CmapTable characterMaps = font.getCmap();
            if (characterMaps != null) {
                characterMaps.setCmaps(Arrays.stream(characterMaps.getCmaps())
                        .map(map -> isUnicode(map) ? new CanonicalCharactersFirst(map) : map)
                        .toArray(CmapSubtable[]::new));
            }
            return font;
        }
    }

    private static boolean isUnicode(CmapSubtable map) {
        return map.getPlatformId() == CmapTable.PLATFORM_UNICODE
                || map.getPlatformId() == CmapTable.PLATFORM_WINDOWS
                        && (map.getPlatformEncodingId() == CmapTable.ENCODING_WIN_UNICODE_BMP
                                || map.getPlatformEncodingId() == CmapTable.ENCODING_WIN_UNICODE_FULL);
    }

    /**
     * A font's Unicode character map that names, for a glyph drawn for several characters, the
     * ideograph first. The CJK fonts draw a radical (U+2F49 ⽉, U+2EDB ⻛) and the ideograph it
     * stands for (U+6708 月, U+98CE 风) with one glyph, and PDFBox writes the first character of a
     * glyph into the PDF's text (ToUnicode), which is the radical, the lower code: the text would
     * look right but be copied and found as radicals. Now a character that is neither a radical nor
     * changed by Unicode normalization (NFKC, which maps compatibility ideographs) comes first; the
     * glyphs stay the same.
     */
    static final class CanonicalCharactersFirst extends CmapSubtable {

        private final CmapSubtable characters;

        CanonicalCharactersFirst(CmapSubtable characters) {
            this.characters = characters;
            setPlatformId(characters.getPlatformId());
            setPlatformEncodingId(characters.getPlatformEncodingId());
        }

        @Override
        public int getGlyphId(int characterCode) {
            return characters.getGlyphId(characterCode);
        }

        @Override
        public @Nullable List<Integer> getCharCodes(int glyphId) {
            List<Integer> codes = characters.getCharCodes(glyphId);
            if (codes == null || codes.size() < 2) {
                return codes;
            }
            return codes.stream().sorted(Comparator.comparing(code -> !canonical(code))).toList();
        }

        static boolean canonical(int codePoint) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
            return block != Character.UnicodeBlock.KANGXI_RADICALS
                    && block != Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT
                    && Normalizer.isNormalized(Character.toString(codePoint), Normalizer.Form.NFKC);
        }
    }

    /** The fonts one report has borrowed. */
    final class Lease implements AutoCloseable {

        private final @Nullable TrueTypeFont[] borrowed = new TrueTypeFont[FACES.size()];
        private boolean written;

        private synchronized TrueTypeFont borrow(int index) throws IOException {
            TrueTypeFont font = borrowed[index];
            if (font == null) {
                font = kept.get(index).poll();
                if (font == null) {
                    font = parse(FACES.get(index));
                }
                borrowed[index] = font;
            }
            return font;
        }

        /** Marks the document as written, so that its fonts may serve the next report. */
        void written() {
            written = true;
        }

        /** Gives the fonts back: to be kept if the document was written, else closed. */
        @Override
        public synchronized void close() {
            for (int i = 0; i < borrowed.length; i++) {
                TrueTypeFont font = borrowed[i];
                if (font == null) {
                    continue;
                }
                borrowed[i] = null;
                // Kept unless as many of its face are kept already.
                if (!(written && kept.get(i).offer(font))) {
                    IOUtils.closeQuietly(font);
                }
            }
        }
    }
}
