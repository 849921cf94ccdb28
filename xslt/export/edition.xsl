<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a teiHeader says about the edition a document belongs to and about the document as a
  publication: the edition's title, publishers, place, editors, licences; the document's URIs,
  identifiers and id; the dates of its publication and revisions. Functions only, for the exports.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- the series or work the document is part of (title level s or m), else its edition statement -->
  <xsl:function name="tk:edition-title" as="xs:string?">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:variable name="fileDesc" as="element(tei:fileDesc)?" select="$header/tei:fileDesc"/>
    <xsl:sequence select="(($fileDesc/tei:titleStmt/tei:title[@level = 's'], $fileDesc/tei:titleStmt/tei:title[@level = 'm'],
        $fileDesc/tei:seriesStmt/tei:title, $fileDesc/tei:editionStmt/tei:edition) ! tk:plain-text(.))[.][1]"/>
  </xsl:function>

  <xsl:function name="tk:publishers" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:sequence select="tk:distinct($header/tei:fileDesc/tei:publicationStmt/(tei:publisher | tei:authority) ! tk:plain-text(.)[.])"/>
  </xsl:function>

  <xsl:function name="tk:publication-places" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:sequence select="tk:distinct($header/tei:fileDesc/tei:publicationStmt/tei:pubPlace ! tk:plain-text(.)[.])"/>
  </xsl:function>

  <!-- each name an editor element holds (name, persName, orgName), else its text without its email -->
  <xsl:function name="tk:editors" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:sequence select="tk:distinct($header/tei:fileDesc/tei:titleStmt/tei:editor ! (
        if (tei:name | tei:persName | tei:orgName) then (tei:name | tei:persName | tei:orgName) ! tk:plain-text(.)
        else normalize-space(string-join((node() except tei:email) ! string())))[.])"/>
  </xsl:function>

  <!-- the licence's URL, else its text; a statement of availability in prose -->
  <xsl:function name="tk:licences" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:variable name="availability" as="element(tei:availability)*" select="$header/tei:fileDesc/tei:publicationStmt/tei:availability"/>
    <xsl:sequence select="tk:distinct(($availability/tei:licence ! (normalize-space(@target)[.], tk:plain-text(.))[.][1],
        $availability/tei:p ! tk:plain-text(.)[.]))"/>
  </xsl:function>

  <!-- where the document itself is on the web: the http(s) URIs of publicationStmt's idno, ptr and ref -->
  <xsl:function name="tk:document-uris" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:variable name="statement" as="element(tei:publicationStmt)?" select="$header/tei:fileDesc/tei:publicationStmt"/>
    <xsl:sequence select="tk:distinct(($statement/tei:idno ! normalize-space(), $statement/(tei:ptr | tei:ref)/@target ! normalize-space())[tk:is-web-uri(.)])"/>
  </xsl:function>

  <xsl:function name="tk:identifiers" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:sequence select="tk:distinct($header/tei:fileDesc/tei:publicationStmt/tei:idno ! normalize-space()[.])"/>
  </xsl:function>

  <!-- the document's own id: its TEI's xml:id, else that of its one document div -->
  <xsl:function name="tk:document-id" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::tei:TEI[1]/@xml:id, tk:document-div($node)/@xml:id)[1] ! string()"/>
  </xsl:function>

  <!-- when the document was published or last revised, as ISO dates -->
  <xsl:function name="tk:edition-dates" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:sequence select="($header/tei:fileDesc/tei:publicationStmt/tei:date, $header/tei:revisionDesc//tei:change)
        ! (@when, @when-iso, self::tei:date/string())[1] ! normalize-space()[tk:is-iso-date(.)]"/>
  </xsl:function>

</xsl:stylesheet>
