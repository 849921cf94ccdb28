<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 → a Dublin Core record (OAI-PMH oai_dc:dc, valid against oai_dc.xsd), for
  org.teikit.export.DublinCoreExporter, which calls tk:dublin-core once per document.

  From the teiHeader and its correspDesc, in DCMES order:
    title        the document's title (tk:title)
    creator      who sent it (tk:correspondents: the correspDesc, else teikit's heading), else titleStmt/author
    subject      textClass keywords (the document kind apart)
    publisher    publicationStmt/publisher, authority
    contributor  who received it, then the editors (titleStmt/editor)
    date         when it was sent (correspDesc, else the dateline), else profileDesc/creation/date:
                 @when, or a range "from/to" (ISO 8601; ".." for an open end)
    type         "Text" (DCMI Type), then the document kind
    identifier   publicationStmt/idno, then the document's xml:id
    source       the sourceDesc: citations, manuscript identifiers, prose
    language     langUsage/language/@ident, else the document's xml:lang, as a language tag
    relation     the edition (tk:edition-title)
    rights       the licence's URL, else its text; availability in prose
  A correspAction whose names contradict it (a persName type="addressee" in the "sent" one) gives
  neither creator nor contributor, and is reported as a finding.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="../common/structure.xsl"/>
  <xsl:include href="../common/correspondence.xsl"/>
  <xsl:include href="findings.xsl"/>
  <xsl:include href="parties.xsl"/>
  <xsl:include href="edition.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- a document to its record and findings -->
  <xsl:mode name="tkp:dc" on-no-match="fail" on-multiple-match="fail"/>
  <!-- the sourceDesc to citations, one string each -->
  <xsl:mode name="tkp:dc-source" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:variable name="tkp:dc-namespace" as="xs:string" select="'http://purl.org/dc/elements/1.1/'"/>

  <!-- returns map { 'dc': document-node(), 'findings': map(*)* } -->
  <xsl:function name="tk:dublin-core" as="map(xs:string, item()*)" visibility="public">
    <xsl:param name="document" as="document-node()"/>
    <xsl:variable name="items" as="item()*">
      <xsl:apply-templates select="$document" mode="tkp:dc"/>
    </xsl:variable>
    <xsl:variable name="record" as="document-node()">
      <xsl:document>
        <xsl:sequence select="tk:elements($items)"/>
      </xsl:document>
    </xsl:variable>
    <xsl:sequence select="map { 'dc': $record, 'findings': tk:findings($items) }"/>
  </xsl:function>

  <xsl:template match="document-node()" mode="tkp:dc" as="item()+">
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="tk:header(.)"/>
    <xsl:variable name="root" as="element()" select="*"/>
    <xsl:variable name="misplaced" as="element()*" select="(tk:correspondence-actions(., 'sent'), tk:correspondence-actions(., 'received')) ! tk:misplaced-parties(.)"/>
    <xsl:variable name="senders" as="xs:string*" select="tkp:correspondents(., 'sent', $misplaced)"/>
    <xsl:variable name="sourceDesc" as="element(tei:sourceDesc)*" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:namespace name="dc" select="$tkp:dc-namespace"/>
      <xsl:sequence select="
          tkp:dc('title', tk:title(.)),
          tkp:dc('creator', if (exists($senders)) then $senders else tk:authors(.)),
          tkp:dc('subject', $header/tei:profileDesc/tei:textClass/tei:keywords//tei:term[not(@type = 'document-kind')] ! tk:plain-text(.)),
          tkp:dc('publisher', tk:publishers($header)),
          tkp:dc('contributor', (tkp:correspondents(., 'received', $misplaced), tk:editors($header))),
          tkp:dc('date', tkp:dates(.)),
          tkp:dc('type', ('Text', (tk:document-kind(.) ! tk:kind-label(.), $root/self::tei:TEI/@type ! normalize-space())[.][1])),
          tkp:dc('identifier', (tk:identifiers($header), tk:document-id($root))),
          tkp:dc('source', tkp:source-citations($sourceDesc)),
          tkp:dc('language', tkp:languages($header, $root)),
          tkp:dc('relation', tk:edition-title($header)),
          tkp:dc('rights', tk:licences($header))"/>
    </oai_dc:dc>
    <xsl:sequence select="$misplaced[1] ! tk:finding('EXP-DC-001', 'warning', ., tk:misplacement(.)
        || ': who sent and who received cannot be told apart, so neither is written as creator or contributor')"/>
  </xsl:template>

  <!-- dc:NAME elements, one per value, each value once -->
  <xsl:function name="tkp:dc" as="element()*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:for-each select="tk:distinct($values ! normalize-space()[.])">
      <xsl:element name="dc:{$name}" namespace="{$tkp:dc-namespace}">{.}</xsl:element>
    </xsl:for-each>
  </xsl:function>

  <!-- the correspondents of a role, none when the actions' names contradict them -->
  <xsl:function name="tkp:correspondents" as="xs:string*">
    <xsl:param name="document" as="document-node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="misplaced" as="element()*"/>
    <xsl:sequence select="tk:correspondents($document, $role)[empty($misplaced)]"/>
  </xsl:function>

  <!-- when it was sent, else when it was made -->
  <xsl:function name="tkp:dates" as="xs:string*">
    <xsl:param name="document" as="document-node()"/>
    <xsl:variable name="sent" as="xs:string*" select="tk:correspondence-dates($document, 'sent') ! tkp:dc-date(.)"/>
    <xsl:sequence select="if (exists($sent)) then $sent
        else tk:header($document)/tei:profileDesc/tei:creation//tei:date ! tkp:dc-date(.)"/>
  </xsl:function>

  <!-- @when, else the range of @from/@notBefore and @to/@notAfter; ISO values only -->
  <xsl:function name="tkp:dc-date" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="when" as="xs:string?" select="tkp:iso($date, ('when', 'when-iso'))"/>
    <xsl:variable name="start" as="xs:string?" select="tkp:iso($date, ('from', 'notBefore', 'from-iso', 'notBefore-iso'))"/>
    <xsl:variable name="end" as="xs:string?" select="tkp:iso($date, ('to', 'notAfter', 'to-iso', 'notAfter-iso'))"/>
    <xsl:sequence select="($when, (($start, '..')[1] || '/' || ($end, '..')[1])[exists(($start, $end))])[1]"/>
  </xsl:function>

  <xsl:function name="tkp:iso" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:param name="names" as="xs:string+"/>
    <xsl:sequence select="(for $name in $names return $date/@*[local-name() = $name] ! normalize-space())[tk:is-iso-date(.)][1]"/>
  </xsl:function>

  <xsl:function name="tkp:languages" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:param name="root" as="element()?"/>
    <xsl:variable name="declared" as="xs:string*" select="$header/tei:profileDesc/tei:langUsage/tei:language/@ident ! tk:language-tag(.)"/>
    <xsl:sequence select="if (exists($declared)) then $declared else ($root/@xml:lang, $root/tei:text/@xml:lang)[1] ! tk:language-tag(.)"/>
  </xsl:function>

  <!-- ===== the sourceDesc: what the document was made from -->

  <xsl:function name="tkp:source-citations" as="xs:string*">
    <xsl:param name="sourceDesc" as="element(tei:sourceDesc)*"/>
    <xsl:apply-templates select="$sourceDesc/*" mode="tkp:dc-source"/>
  </xsl:function>

  <xsl:template match="tei:bibl | tei:biblStruct | tei:biblFull | tei:p | tei:ab" mode="tkp:dc-source" as="xs:string?">
    <xsl:sequence select="tkp:spaced-text(.)[.]"/>
  </xsl:template>

  <!-- a manuscript by where it is kept, as its msIdentifier says: "A, Wien, Wienbibliothek im Rathaus, ZPH 1681, 2.1.516" -->
  <xsl:template match="tei:msDesc" mode="tkp:dc-source" as="xs:string?">
    <xsl:sequence select="string-join((tei:msIdentifier/* except tei:msIdentifier/tei:altIdentifier) ! tk:plain-text(.)[.], ', ')[.]"/>
  </xsl:template>

  <!-- lists hold the citations -->
  <xsl:template match="tei:listBibl | tei:listWit | tei:witness" mode="tkp:dc-source" as="xs:string*">
    <xsl:apply-templates select="*" mode="tkp:dc-source"/>
  </xsl:template>

  <!-- anything else the sourceDesc holds (recordingStmt, scriptStmt, objectType …) gives its text -->
  <xsl:template match="*" mode="tkp:dc-source" as="xs:string?" priority="-1">
    <xsl:sequence select="tkp:spaced-text(.)[.]"/>
  </xsl:template>

  <!--
    An element's text with its parts kept apart where the markup alone separates them: after an
    element ("<forename>Fedor</forename><surname>Mamroth</surname>") or after closing punctuation
    ("1196.<seg>No classification marking</seg>"), not inside "(<ref>PDF</ref>, 570 KB)".
  -->
  <xsl:function name="tkp:spaced-text" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($element/node()[not(self::tei:note)] ! (
        if (. instance of element()) then (if (tkp:runs-on(preceding-sibling::node()[1])) then ' ' else '') || tkp:spaced-text(.)
        else string(.))))"/>
  </xsl:function>

  <xsl:function name="tkp:runs-on" as="xs:boolean">
    <xsl:param name="before" as="node()?"/>
    <xsl:sequence select="$before instance of element() or matches(string($before), '[.,;:]$')"/>
  </xsl:function>

</xsl:stylesheet>
