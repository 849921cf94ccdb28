<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page and column breaks, for every output: the label a reader sees and a stable id to link to.

  The id is the pb's xml:id; else "pg_N" from its @n (teikit's own scheme) when that is unique in
  the document; else "pg_N-K" for the K-th break numbered N; else "pb-K" for the K-th break
  without a number. Nothing here depends on generate-id(): the same input gives the same ids.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:key name="tkp:pb-by-n" match="tei:pb[normalize-space(@n)]" use="tkp:page-token(@n)"/>
  <xsl:key name="tkp:pb-without-n" match="tei:pb[not(normalize-space(@n))]" use="'pb'"/>
  <xsl:key name="tkp:cb" match="tei:cb" use="'cb'"/>

  <!-- the page number as printed: the pb's @n, or the empty string for an unnumbered break -->
  <xsl:function name="tk:page-label" as="xs:string">
    <xsl:param name="break" as="element()"/>
    <xsl:sequence select="normalize-space($break/@n)"/>
  </xsl:function>

  <xsl:function name="tk:page-id" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="($pb/@xml:id/string(), tkp:derived-page-id($pb))[1]"/>
  </xsl:function>

  <!-- a column break: its xml:id, else "cb-K" for the K-th column break -->
  <xsl:function name="tk:column-id" as="xs:string">
    <xsl:param name="cb" as="element(tei:cb)"/>
    <xsl:sequence select="($cb/@xml:id/string(), 'cb-' || tkp:position-in($cb, 'tkp:cb', 'cb'))[1]"/>
  </xsl:function>

  <xsl:function name="tkp:derived-page-id" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:variable name="token" as="xs:string" select="tkp:page-token($pb/@n)"/>
    <xsl:variable name="plain" as="xs:string" select="'pg_' || $token"/>
    <xsl:sequence select="
        if (not($token)) then 'pb-' || tkp:position-in($pb, 'tkp:pb-without-n', 'pb')
        else if (tkp:count-in($pb, 'tkp:pb-by-n', $token) = 1 and empty(tkp:element-with-id($plain, $pb))) then $plain
        else $plain || '-' || tkp:position-in($pb, 'tkp:pb-by-n', $token)"/>
  </xsl:function>

  <!-- @n as it can stand in an id: whitespace becomes "_" -->
  <xsl:function name="tkp:page-token" as="xs:string">
    <xsl:param name="n" as="attribute()?"/>
    <xsl:sequence select="replace(normalize-space($n), '\s', '_')"/>
  </xsl:function>

  <!-- the place (1-based) of an element among those a key gives for a value -->
  <xsl:function name="tkp:position-in" as="xs:integer">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="count(tkp:keyed($element, $key, $value)[. &lt;&lt; $element]) + 1"/>
  </xsl:function>

  <xsl:function name="tkp:count-in" as="xs:integer">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="count(tkp:keyed($element, $key, $value))"/>
  </xsl:function>

  <xsl:function name="tkp:keyed" as="element()*">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="root" as="node()" select="root($element)"/>
    <xsl:sequence select="if ($root instance of document-node()) then key($key, $value, $root)
        else $root/descendant-or-self::*[node-name() = node-name($element)][
            if ($key = 'tkp:pb-by-n') then tkp:page-token(@n) = $value
            else if ($key = 'tkp:pb-without-n') then not(normalize-space(@n))
            else true()]"/>
  </xsl:function>

</xsl:stylesheet>
