<?xml version="1.0" encoding="UTF-8"?>
<!--
  What an export found in a document, as data: each finding is a map

    map { 'code': 'EXP-CMIF-001', 'severity': 'warning', 'message': '…', 'node': the node concerned }

  The export modes return findings beside the elements they make; an entry function separates the
  two (tk:elements, tk:findings) and hands the findings to Java, which turns them into Diagnostics
  with the file, line and column of 'node'.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- @severity: 'info', 'warning' or 'error' (org.teikit.diag.Severity) -->
  <xsl:function name="tk:finding" as="map(xs:string, item())">
    <xsl:param name="code" as="xs:string"/>
    <xsl:param name="severity" as="xs:string"/>
    <xsl:param name="node" as="node()"/>
    <xsl:param name="message" as="xs:string"/>
    <xsl:sequence select="map { 'code': $code, 'severity': $severity, 'node': $node, 'message': $message }"/>
  </xsl:function>

  <xsl:function name="tk:elements" as="element()*">
    <xsl:param name="items" as="item()*"/>
    <xsl:sequence select="$items[. instance of element()]"/>
  </xsl:function>

  <xsl:function name="tk:findings" as="map(*)*">
    <xsl:param name="items" as="item()*"/>
    <xsl:sequence select="$items[. instance of map(*)]"/>
  </xsl:function>

</xsl:stylesheet>
