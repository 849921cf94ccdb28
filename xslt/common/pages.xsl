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
    <xsl:variable name="root" as="node()" select="root($cb)"/>
    <xsl:variable name="columns" as="element(tei:cb)*" select="if ($root instance of document-node())
        then key('tkp:cb', 'cb', $root) else $root/descendant-or-self::tei:cb"/>
    <xsl:sequence select="($cb/@xml:id/string(), 'cb-' || tkp:place-among($cb, $columns))[1]"/>
  </xsl:function>

  <xsl:function name="tkp:derived-page-id" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:variable name="token" as="xs:string" select="tkp:page-token($pb/@n)"/>
    <xsl:variable name="plain" as="xs:string" select="'pg_' || $token"/>
    <xsl:variable name="alike" as="element(tei:pb)*" select="tkp:breaks-alike($pb, $token)"/>
    <xsl:sequence select="
        if (not($token)) then 'pb-' || tkp:place-among($pb, $alike)
        else if (count($alike) = 1 and empty(tkp:element-with-id($plain, $pb))) then $plain
        else $plain || '-' || tkp:place-among($pb, $alike)"/>
  </xsl:function>

  <!-- @n as it can stand in an id: whitespace becomes "_" -->
  <xsl:function name="tkp:page-token" as="xs:string">
    <xsl:param name="n" as="attribute()?"/>
    <xsl:sequence select="replace(normalize-space($n), '\s', '_')"/>
  </xsl:function>

  <!--
    The page breaks of the pb's tree with the same page token, or all those without a number when
    the token is empty, in document order. Straight key calls (the key names are not parameters):
    this runs for every page break.
  -->
  <xsl:function name="tkp:breaks-alike" as="element(tei:pb)*">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:param name="token" as="xs:string"/>
    <xsl:variable name="root" as="node()" select="root($pb)"/>
    <xsl:sequence select="
        if (not($root instance of document-node())) then $root/descendant-or-self::tei:pb[tkp:page-token(@n) = $token]
        else if ($token) then key('tkp:pb-by-n', $token, $root)
        else key('tkp:pb-without-n', 'pb', $root)"/>
  </xsl:function>

  <!-- the place (1-based) of an element among others in document order -->
  <xsl:function name="tkp:place-among" as="xs:integer">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="elements" as="element()*"/>
    <xsl:sequence select="count($elements[. &lt;&lt; $element]) + 1"/>
  </xsl:function>

</xsl:stylesheet>
