<?xml version="1.0" encoding="UTF-8"?>
<!--
  Descriptions rather than text: manuscript descriptions (msDesc and its parts), the entries of
  registers (a person's birth and death, a place's location), and documentary transcriptions
  (sourceDoc, surface, zone, line). Their parts become divs (blocks) or spans (phrases) with the
  element's name as class; the main parts of a manuscript description get a small label.
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

  <!--
    The two lists are static: the match patterns below are made of them at compile time as unions
    of element names ("tei:msDesc | tei:msPart | …"), which Saxon files under each name, instead of
    comparing every element's local name with each list (most of the time spent matching rules).
  -->

  <!-- parts that are blocks of their own -->
  <xsl:variable name="tkp:description-blocks" as="xs:string+" static="yes" select="
      'msDesc', 'msPart', 'msFrag', 'msContents', 'msItem', 'msItemStruct', 'physDesc', 'objectDesc', 'supportDesc',
      'support', 'collation', 'foliation', 'condition', 'layoutDesc', 'layout', 'handDesc', 'handNote', 'typeDesc',
      'typeNote', 'scriptDesc', 'scriptNote', 'musicNotation', 'decoDesc', 'decoNote', 'additions', 'bindingDesc',
      'binding', 'sealDesc', 'seal', 'accMat', 'history', 'origin', 'provenance', 'acquisition', 'additional',
      'adminInfo', 'recordHist', 'custodialHist', 'custEvent', 'surrogates', 'summary', 'msIdentifier',
      'sourceDoc', 'surfaceGrp', 'surface', 'zone', 'line', 'birth', 'death', 'floruit', 'residence',
      'relatedItem', 'change', 'respStmt', 'source'"/>

  <!-- parts that are phrases -->
  <xsl:variable name="tkp:description-phrases" as="xs:string+" static="yes" select="
      'locus', 'locusGrp', 'incipit', 'explicit', 'rubric', 'finalRubric', 'colophon', 'textLang', 'material',
      'origDate', 'origPlace', 'dimensions', 'height', 'width', 'depth', 'dim', 'repository', 'institution',
      'collection', 'msName', 'altIdentifier', 'catchwords', 'signatures', 'secFol', 'watermark', 'stamp', 'extent',
      'filiation', 'heraldry', 'location', 'geo', 'sex', 'age', 'nationality', 'faith', 'education', 'langKnowledge',
      'monogr', 'analytic', 'series', 'imprint', 'resp', 'metamark', 'retrace', 'redo', 'undo', 'listChange'"/>

  <!-- the labels of a manuscript description's main parts -->
  <xsl:variable name="tkp:description-labels" as="map(xs:string, xs:string)" select="map {
      'msContents': 'Contents', 'physDesc': 'Physical description', 'history': 'History',
      'additional': 'Additional information', 'msPart': 'Part' }"/>

  <xsl:template _match="{string-join($tkp:description-blocks ! ('tei:' || .), ' | ')}" mode="tkp:block">
    <div>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:for-each select="$tkp:description-labels(local-name())">
        <p class="description-label">{.}</p>
      </xsl:for-each>
      <xsl:call-template name="tkp:flow">
        <xsl:with-param name="blocks" select="$tkp:description-blocks"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- the shelfmark: its parts on one line -->
  <xsl:template match="tei:msIdentifier" mode="tkp:block" priority="1">
    <p>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:for-each select="*">
        <xsl:if test="position() gt 1">, </xsl:if>
        <xsl:apply-templates select="." mode="tkp:inline"/>
      </xsl:for-each>
    </p>
  </xsl:template>

  <xsl:template _match="{string-join($tkp:description-blocks ! ('tei:' || .), ' | ')}" mode="tkp:inline">
    <span>
      <xsl:sequence select="tkp:attributes(., (local-name(), 'as-block'))"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </span>
  </xsl:template>

  <xsl:template _match="{string-join($tkp:description-phrases ! ('tei:' || .), ' | ')}" mode="tkp:inline">
    <span>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
