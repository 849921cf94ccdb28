<?xml version="1.0" encoding="UTF-8"?>
<!--
  The generic rendering, imported by tei-to-html.xsl so that every rule of the including modules
  comes first. An element no module renders becomes a div (where it stands as a block) or a span
  (in running text) with class "tei-NAME", its content rendered as usual, and is reported:
  <xsl:message>teikit:unhandled NAME</xsl:message>, which the Java side collects once per name.

  In block mode an element without a block rendering of its own is rendered as in running text:
  only when running text has no rule for it either is it generic (then as a div).
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

  <xsl:template match="*" mode="tkp:block">
    <xsl:apply-templates select="." mode="tkp:inline">
      <xsl:with-param name="tkp:as-block" select="true()"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="*" mode="tkp:inline">
    <xsl:param name="tkp:as-block" as="xs:boolean" select="false()"/>
    <xsl:message select="'teikit:unhandled ' || tk:element-name(.)"/>
    <xsl:element name="{if ($tkp:as-block) then 'div' else 'span'}">
      <xsl:sequence select="tkp:attributes(., 'tei-' || local-name())"/>
      <xsl:choose>
        <xsl:when test="$tkp:as-block">
          <xsl:call-template name="tkp:flow"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="tkp:inline"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
