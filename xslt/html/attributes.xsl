<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML attributes every rendered TEI element carries: id from xml:id (so that "#id" links into
  the text keep working), lang from xml:lang, and class: what the element is, then its @rend
  (normalised, "r-italic") and its @type ("type-chapter").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:function name="tkp:attributes" as="attribute()*">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="classes" as="xs:string*"/>
    <xsl:choose>
      <!-- most elements have no attributes: the class is the one given (no lookups, the hot path) -->
      <xsl:when test="empty($element/@*)">
        <xsl:if test="exists($classes)">
          <xsl:attribute name="class" select="string-join($classes, ' ')"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="all" as="xs:string*" select="if (empty($element/(@rend | @type))) then $classes
            else distinct-values(($classes, tk:rend($element) ! ('r-' || .), tokenize($element/@type) ! ('type-' || tkp:token(.))))"/>
        <xsl:if test="$element/@xml:id">
          <xsl:attribute name="id" select="$element/@xml:id"/>
        </xsl:if>
        <!-- a language that is no language tag ("sp") becomes lang="": a passage in an unknown language -->
        <xsl:if test="$element/@xml:lang">
          <xsl:attribute name="lang" select="string(tk:language-tag($element/@xml:lang))"/>
        </xsl:if>
        <xsl:if test="exists($all)">
          <xsl:attribute name="class" select="string-join($all, ' ')"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
