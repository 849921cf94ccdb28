<?xml version="1.0" encoding="UTF-8"?>
<!--
  The generic rendering, for elements no rule of the FO stylesheet knows: their content is printed
  (a block between blocks, inline in running text) so that nothing is lost, and the stylesheet says so
  with <xsl:message>teikit:unhandled NAME</xsl:message>, which the Java side collects and reports.

  Imported by tei-to-fo.xsl, so that every rule there takes precedence over these two.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template match="*[tkp:in-block(.)]" mode="tkp:fo" priority="-1">
    <xsl:message>teikit:unhandled {tk:element-name(.)}</xsl:message>
    <fo:block>
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="*" mode="tkp:fo" priority="-2">
    <xsl:message>teikit:unhandled {tk:element-name(.)}</xsl:message>
    <fo:inline>
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

</xsl:stylesheet>
