<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 → one standalone, accessible HTML5 page (teikit transform −−to html).

  Any TEI: a teikit document (one div type="document"), a novel, a play, a letter edition, a
  teiCorpus, or a bare element (a FRUS volume's div). The page:

    <html lang="…">                    the TEI's xml:lang, else its text's, else its header's, else "en"
      <head> title, <style> (style.xsl: inline, print styles included; nothing from the network)
      <body>
        <a class="skip-link">
        <header>  <nav aria-label="Site"> back to the index (only with $site-root)
                  <h1> the document's heading (with its source note marker), else the title
        <aside aria-label="Correspondence"> who wrote to whom, where, when (metadata.xsl)
        <main id="tk-main">  the text (blocks.xsl, phrases.xsl), then the notes (notes.xsl)

  The teiHeader is metadata, never text. Every element has a rendering or falls to the generic
  one (unhandled.xsl), which reports it: <xsl:message>teikit:unhandled NAME</xsl:message>.

  Modules: blocks (mode tkp:block), lists (lists, registers, tables), phrases (mode tkp:inline),
  notes, registers (manuscript descriptions, register entries, documentary transcription),
  metadata (header and panel), attributes (id, lang, class), style (the CSS), unhandled (the
  generic rendering). Shared with other outputs: ../common/ (structure, notes, pages,
  correspondence, inline).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- the generic rendering: imported, so that every rule below comes first -->
  <xsl:import href="unhandled.xsl"/>

  <xsl:include href="../common/structure.xsl"/>
  <xsl:include href="../common/inline.xsl"/>
  <xsl:include href="../common/notes.xsl"/>
  <xsl:include href="../common/pages.xsl"/>
  <xsl:include href="../common/correspondence.xsl"/>
  <xsl:include href="attributes.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="phrases.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="registers.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="style.xsl"/>

  <xsl:output method="html" version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!--
    The text structure holds blocks only: its whitespace is the layout of the XML file, which the
    block rules pass over anyway. Declared, teikit leaves it out while parsing (a sixteenth of the
    work on a novel); any other caller gets the same pages through Saxon's stripping.
  -->
  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:text tei:front tei:body tei:back tei:group tei:div
      tei:div1 tei:div2 tei:div3 tei:div4 tei:div5 tei:div6 tei:div7"/>

  <!-- where the site's index.html is, relative to this page ("../", "https://example.org/frus/"); empty: no link -->
  <xsl:param name="site-root" as="xs:string" select="''"/>

  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="/">
    <xsl:variable name="page-head" as="element(tei:head)?" select="tk:document-div(.)/tei:head[1]"/>
    <xsl:variable name="texts" as="element()*" select="tk:texts(.)"/>
    <html lang="{tk:language(.)}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{($page-head ! tk:plain-text(.), tk:title(.))[.][1]}</title>
        <xsl:call-template name="tk:html-style"/>
      </head>
      <body>
        <a class="skip-link" href="#tk-main">Skip to the text</a>
        <header>
          <xsl:if test="$site-root">
            <nav aria-label="Site">
              <a href="{tkp:index-href($site-root)}" rel="index">All documents</a>
            </nav>
          </xsl:if>
          <xsl:call-template name="tkp:page-heading">
            <xsl:with-param name="source" select="."/>
            <xsl:with-param name="page-head" select="$page-head"/>
          </xsl:call-template>
        </header>
        <xsl:call-template name="tkp:metadata-panel">
          <xsl:with-param name="source" select="."/>
        </xsl:call-template>
        <main id="tk-main">
          <xsl:apply-templates select="tkp:root-element(.)" mode="tkp:block">
            <xsl:with-param name="tkp:page-head" tunnel="yes" select="$page-head"/>
            <xsl:with-param name="tkp:level" tunnel="yes" select="2"/>
          </xsl:apply-templates>
          <xsl:call-template name="tkp:notes-section">
            <xsl:with-param name="notes" select="tkp:page-notes($texts, $page-head/..)"/>
          </xsl:call-template>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- the index page under the site root -->
  <xsl:function name="tkp:index-href" as="xs:string">
    <xsl:param name="root" as="xs:string"/>
    <xsl:sequence select="if (ends-with($root, '.html')) then $root
        else if (ends-with($root, '/')) then $root || 'index.html'
        else $root || '/index.html'"/>
  </xsl:function>

</xsl:stylesheet>
