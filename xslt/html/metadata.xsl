<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the teiHeader says, shown beside the text (values: common/correspondence.xsl): who wrote to
  whom, from where, when, and what kind of document it is, in
    <aside aria-label="Correspondence"><h2>Correspondence</h2><dl>…</dl></aside>
  A document with a kind or a number but no correspondent, place or date gets the same panel
  labelled "Document"; one with none of these gets no panel.
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

  <xsl:template name="tkp:metadata-panel">
    <xsl:param name="source" as="node()"/>
    <xsl:variable name="entries" as="element()*">
      <xsl:call-template name="tkp:entry">
        <xsl:with-param name="term" select="'From'"/>
        <xsl:with-param name="values" select="tk:correspondents($source, 'sent')"/>
      </xsl:call-template>
      <xsl:call-template name="tkp:entry">
        <xsl:with-param name="term" select="'To'"/>
        <xsl:with-param name="values" select="tk:correspondents($source, 'received')"/>
      </xsl:call-template>
      <xsl:call-template name="tkp:entry">
        <xsl:with-param name="term" select="'Sent from'"/>
        <xsl:with-param name="values" select="tk:correspondence-places($source, 'sent')"/>
      </xsl:call-template>
      <xsl:call-template name="tkp:entry">
        <xsl:with-param name="term" select="'Date'"/>
        <xsl:with-param name="values" select="tk:correspondence-dates($source, 'sent') ! tkp:date(.)"/>
      </xsl:call-template>
      <xsl:call-template name="tkp:entry">
        <xsl:with-param name="term" select="'Received in'"/>
        <xsl:with-param name="values" select="tk:correspondence-places($source, 'received')"/>
      </xsl:call-template>
      <xsl:call-template name="tkp:entry">
        <xsl:with-param name="term" select="'Received'"/>
        <xsl:with-param name="values" select="tk:correspondence-dates($source, 'received') ! tkp:date(.)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="document" as="element()*">
      <xsl:call-template name="tkp:entry">
        <xsl:with-param name="term" select="'Kind'"/>
        <xsl:with-param name="values" select="tk:document-kind($source) ! tk:kind-label(.)"/>
      </xsl:call-template>
      <xsl:call-template name="tkp:entry">
        <xsl:with-param name="term" select="'Document'"/>
        <xsl:with-param name="values" select="tk:document-number($source)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="label" as="xs:string" select="if (exists($entries)) then 'Correspondence' else 'Document'"/>
    <xsl:if test="exists(($entries, $document))">
      <aside class="metadata" aria-label="{$label}">
        <h2>{$label}</h2>
        <dl>
          <xsl:sequence select="$entries, $document"/>
        </dl>
      </aside>
    </xsl:if>
  </xsl:template>

  <!-- one term with its values (strings, or HTML elements such as time), nothing when there are none -->
  <xsl:template name="tkp:entry" as="element()*">
    <xsl:param name="term" as="xs:string"/>
    <xsl:param name="values" as="item()*"/>
    <xsl:if test="exists($values)">
      <dt>{$term}</dt>
      <xsl:for-each select="$values">
        <dd>
          <xsl:sequence select="."/>
        </dd>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:function name="tkp:date" as="element()">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="value" as="xs:string?" select="tk:date-value($date)"/>
    <xsl:element name="{if ($value) then 'time' else 'span'}">
      <xsl:if test="$value">
        <xsl:attribute name="datetime" select="$value"/>
      </xsl:if>
      <xsl:attribute name="class" select="'date'"/>
      <xsl:value-of select="tk:date-label($date)"/>
    </xsl:element>
  </xsl:function>

  <!-- the page's title, its subtitles and authors, for the header -->
  <xsl:template name="tkp:page-heading">
    <xsl:param name="source" as="node()"/>
    <xsl:param name="page-head" as="element(tei:head)?"/>
    <h1 id="{($page-head/@xml:id, 'tk-title')[1]}">
      <xsl:choose>
        <xsl:when test="$page-head">
          <xsl:sequence select="tkp:attributes($page-head, ())[not(name() = 'id')]"/>
          <xsl:sequence select="tkp:number-prefix($page-head)"/>
          <xsl:apply-templates select="$page-head/node()" mode="tkp:inline"/>
        </xsl:when>
        <xsl:otherwise>{(tk:title($source)[.], 'Untitled')[1]}</xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:for-each select="tk:subtitles($source)[not($page-head)]">
      <p class="subtitle">{.}</p>
    </xsl:for-each>
    <xsl:for-each select="tk:authors($source)[not($page-head)]">
      <p class="author">{.}</p>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
