<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 → XSL-FO 1.1, laid out by Apache FOP into PDF (org.teikit.transform.pdf.PdfRenderer) or
  written as it stands (teikit transform, format fo).

  One page sequence per TEI document (a teiCorpus gives one per member; a long text one per division
  of its body, see page-sequence-length): a first page with the title block and no running head, then
  pages with a running head (the document number and title on the left, the current section on the
  right) and the page number at the foot. The title block shows the title, the authors and the
  correspondence (teiHeader/profileDesc/correspDesc); when the text's first heading already states the
  title (a teikit document: "247. Telegram From …"), that heading is the title and the correspondence
  follows it. Notes in running text are real footnotes marked with their own @n (tk:note-label: never
  renumbered); page breaks are small grey markers "[1012]" where they stand, inside notes, list items
  and cells too.

  Only tei:text is printed, besides the title block: facsimile, sourceDoc and standOff are not text to
  read. Every element of tei:text has a rendering in the modules below or falls to the generic one
  (fo-unhandled.xsl), which says so with <xsl:message>teikit:unhandled NAME</xsl:message>.

  The document's metadata (title, authors, subject, keywords, language) stands in fo:declarations as
  XMP, where FO processors read it; PdfRenderer reads it there for the PDF's document information.

  Modules: xslt/common/ (what every output shares: titles, correspondence, notes, pages, @rend),
  fo-functions (context tests, ids, @rend as FO, plain text), fo-layout (page masters, running heads),
  fo-title (title block, metadata), fo-blocks (divisions, paragraphs, verse, drama, letters),
  fo-phrases (phrase level), fo-notes (footnotes, page markers), fo-lists-tables, fo-registers
  (bibliographies, people, places, manuscript descriptions), fo-unhandled (the fallback, imported so
  that every rendering here takes precedence over it).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- shared with every output: document structure, titles and correspondence, notes, pages, @rend -->
  <xsl:import href="../common/structure.xsl"/>
  <xsl:import href="../common/inline.xsl"/>
  <xsl:import href="../common/notes.xsl"/>
  <xsl:import href="../common/pages.xsl"/>
  <xsl:import href="../common/correspondence.xsl"/>
  <xsl:import href="fo-unhandled.xsl"/>

  <xsl:include href="fo-functions.xsl"/>
  <xsl:include href="fo-layout.xsl"/>
  <xsl:include href="fo-title.xsl"/>
  <xsl:include href="fo-blocks.xsl"/>
  <xsl:include href="fo-phrases.xsl"/>
  <xsl:include href="fo-notes.xsl"/>
  <xsl:include href="fo-lists-tables.xsl"/>
  <xsl:include href="fo-registers.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- the page: 'A4' (210 × 297 mm) or 'Letter' (8.5 × 11 in) -->
  <xsl:param name="page-size" as="xs:string" select="'A4'"/>
  <!-- body text size in points; notes, heads and markers are scaled from it -->
  <xsl:param name="font-size" as="xs:decimal" select="10.5"/>
  <!-- how page breaks are shown: the marker is before || @n || after -->
  <xsl:param name="page-marker-before" as="xs:string" select="'['"/>
  <xsl:param name="page-marker-after" as="xs:string" select="']'"/>
  <!-- a text longer than this (in characters) starts a page sequence, so a new page, with each
       division of its body: FOP keeps a page sequence in memory until it ends, and a novel in one
       sequence needs hundreds of megabytes -->
  <xsl:param name="page-sequence-length" as="xs:integer" select="100000"/>

  <!-- elements whose whitespace-only text is layout of the XML file, not of the text -->
  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:text tei:front tei:body tei:back tei:group tei:div
      tei:div1 tei:div2 tei:div3 tei:div4 tei:div5 tei:div6 tei:div7 tei:floatingText tei:list tei:table tei:row
      tei:lg tei:sp tei:castList tei:castGroup tei:listBibl tei:listPerson tei:listPlace tei:listOrg tei:listEvent
      tei:listRelation tei:person tei:place tei:org tei:titlePage tei:docTitle tei:choice tei:subst tei:app
      tei:epigraph tei:figure tei:msDesc tei:msContents tei:msItem tei:physDesc tei:objectDesc
      tei:supportDesc tei:layoutDesc tei:handDesc tei:decoDesc tei:bindingDesc tei:history tei:additional
      tei:adminInfo tei:recordHist tei:msIdentifier tei:msPart tei:biblStruct tei:monogr tei:analytic
      tei:imprint tei:respStmt tei:dimensions tei:postscript"/>

  <!-- rendering of tei:text (and of anything in it): flow content -->
  <xsl:mode name="tkp:fo" on-no-match="fail" on-multiple-match="fail"/>
  <!-- the text of an element as a string, without notes, for running heads, the title block, the
       table of contents: text nodes copied, elements without a rule looked through -->
  <xsl:mode name="tkp:plain" on-no-match="text-only-copy" on-multiple-match="fail"/>

  <xsl:template match="/">
    <xsl:variable name="documents" as="element()+"
        select="if (exists(//tei:TEI)) then //tei:TEI[not(ancestor::tei:TEI)] else *"/>
    <fo:root font-family="{$tkp:text-fonts}" font-size="{$font-size}pt" line-height="1.35">
      <xsl:sequence select="tkp:language(/)"/>
      <xsl:call-template name="tkp:layout-master-set"/>
      <!-- a corpus is described by its own header -->
      <xsl:call-template name="tkp:declarations">
        <xsl:with-param name="tei" select="/*"/>
      </xsl:call-template>
      <xsl:apply-templates select="$documents" mode="tkp:page-sequence"/>
    </fo:root>
  </xsl:template>

  <xsl:mode name="tkp:page-sequence" on-no-match="fail" on-multiple-match="fail"/>

  <!-- a TEI document: one page sequence, or, for a long text, one per division of its body -->
  <xsl:template match="tei:TEI" mode="tkp:page-sequence">
    <xsl:variable name="tei" as="element(tei:TEI)" select="."/>
    <xsl:variable name="divisions" as="element()*" select="tei:text/tei:body/*[tkp:is-division(.)]"/>
    <xsl:variable name="first-page" as="xs:string" select="if (preceding::tei:TEI) then 'auto' else '1'"/>
    <xsl:choose>
      <xsl:when test="count($divisions) gt 1 and string-length(tei:text) gt $page-sequence-length">
        <xsl:for-each-group select="tei:text/tei:body/node()" group-starting-with="*[tkp:is-division(.)]">
          <xsl:variable name="part" as="xs:integer" select="position()"/>
          <xsl:variable name="parts" as="xs:integer" select="last()"/>
          <xsl:call-template name="tkp:page-sequence">
            <xsl:with-param name="tei" select="$tei"/>
            <xsl:with-param name="content" select="$tei/tei:text/tei:front[$part eq 1], current-group(),
                $tei/tei:text/tei:back[$part eq $parts]"/>
            <xsl:with-param name="initial-page-number" select="if ($part eq 1) then $first-page else 'auto'"/>
            <xsl:with-param name="title-block" select="$part eq 1"/>
          </xsl:call-template>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tkp:page-sequence">
          <xsl:with-param name="tei" select="."/>
          <xsl:with-param name="content" select="tei:text"/>
          <xsl:with-param name="initial-page-number" select="$first-page"/>
          <xsl:with-param name="title-block" select="true()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tkp:page-sequence">
    <xsl:param name="tei" as="element()" required="yes"/>
    <xsl:param name="content" as="node()*" required="yes"/>
    <xsl:param name="initial-page-number" as="xs:string" required="yes"/>
    <xsl:param name="title-block" as="xs:boolean" required="yes"/>
    <xsl:variable name="title" as="xs:string" select="tk:title($tei)"/>
    <fo:page-sequence master-reference="tk-pages" initial-page-number="{$initial-page-number}">
      <xsl:sequence select="tkp:language($tei)"/>
      <fo:title>{$title}</fo:title>
      <xsl:call-template name="tkp:static-content"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block>
          <xsl:sequence select="$tei[$title-block] ! tkp:id(.)"/>
          <!-- teikit's documents name themselves in the running head (fo-blocks.xsl); a marker of
               this outer block would stand before theirs on every page -->
          <xsl:if test="empty($tei/tei:text//tei:div[@type = 'document'])">
            <fo:marker marker-class-name="tk-document">{tkp:shorten($title, 90)}</fo:marker>
          </xsl:if>
          <xsl:if test="$title-block and empty(tkp:title-heading($tei))">
            <xsl:call-template name="tkp:title-block">
              <xsl:with-param name="tei" select="$tei"/>
              <xsl:with-param name="with-title" select="true()"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:apply-templates select="$content" mode="tkp:fo"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- not TEI (or TEI outside the TEI namespace): every element falls to the generic rendering -->
  <xsl:template match="*" mode="tkp:page-sequence">
    <fo:page-sequence master-reference="tk-pages">
      <xsl:call-template name="tkp:static-content"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block>
          <xsl:apply-templates select="." mode="tkp:fo"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

</xsl:stylesheet>
