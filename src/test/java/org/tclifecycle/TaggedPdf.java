package org.tclifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a screen reader needs of a report's PDF. */
public final class TaggedPdf {

  private TaggedPdf() {}

  /**
   * Tagged (marked, with a structure tree), its language and title set, every font embedded, and, when given, the
   * project number on one line (not broken at its hyphens).
   */
  public static void check(byte[] pdf, String language, String titleContains, String projectKey) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertThat(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()).as("marked as tagged").isTrue();
      assertThat(catalog.getStructureTreeRoot()).as("a structure tree for screen readers").isNotNull();
      assertThat(catalog.getLanguage()).isEqualTo(language);
      assertThat(document.getDocumentInformation().getTitle()).contains(titleContains);
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(name).isEmbedded()).as("font " + name.getName() + " embedded").isTrue();
        }
      }
      if (projectKey != null) {
        assertThat(new PDFTextStripper().getText(document)).as("the project number on one line").contains(projectKey);
      }
    }
  }
}
