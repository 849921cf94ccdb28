<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes and page breaks in mode tkp:fo.

  Which note is which comes from common/notes.xsl (tk:note-kind). A note with a marker in running
  text (the source note, footnotes, and marginal notes, for FOP prints nothing in the margin) is an
  fo:footnote: its marker where the note stands, its text at the foot of the same page. The marker is
  tk:note-label: the note's own @n, never a new number (a listed note without @n is numbered by its
  place). A note standing between blocks, or whose marker was not found (anchored="false"), is
  printed there as a small block; an inline note is printed in brackets where it stands, and so is a
  note inside a note, which cannot be a footnote again.

  A page break is a small grey marker, "[1012]" (page-marker-before, @n, page-marker-after; "‖" when
  the break has no number), inline where it stands, so that it never splits a paragraph, an item or a
  cell; between blocks it is a line of its own.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- a marker for every note that has one: unlabelled marginal notes get an asterisk -->
  <xsl:function name="tkp:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="(tk:note-label($note)[.], '*')[1]"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="tkp:fo">
    <xsl:variable name="label" as="xs:string" select="tkp:note-label(.)"/>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="65%" font-style="normal" font-weight="normal">{$label}</fo:inline>
      <fo:footnote-body>
        <xsl:call-template name="tkp:note-body">
          <xsl:with-param name="label" select="$label"/>
        </xsl:call-template>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <xsl:template match="tei:note[tk:note-kind(.) = 'block' or @anchored = 'false' or tkp:in-block(.)]" mode="tkp:fo" priority="1">
    <fo:block space-before="0.3em" space-after="0.5em" margin-left="1.5em">
      <xsl:call-template name="tkp:note-body">
        <xsl:with-param name="label" select="tkp:note-label(.)"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:note[ancestor::tei:note] | tei:note[tk:note-kind(.) = 'inline']" mode="tkp:fo" priority="2">
    <fo:inline>
      <xsl:sequence select="tkp:id(.)"/>[{tk:note-label(.)[.] ! (. || ': ')}<xsl:apply-templates mode="tkp:fo"/>]</fo:inline>
  </xsl:template>

  <!-- the label hangs before the note's text; every inherited property is set again, for a note in a
       heading or an indented letter is printed like any other -->
  <xsl:template name="tkp:note-body">
    <xsl:param name="label" as="xs:string" required="yes"/>
    <fo:list-block provisional-distance-between-starts="{max((1.6, string-length($label) * 0.6 + 0.9))}em"
        provisional-label-separation="0.4em" start-indent="0pt" end-indent="0pt" text-indent="0pt"
        font-family="{$tkp:text-fonts}" font-size="{$font-size * 0.82}pt" font-weight="normal"
        font-style="normal" line-height="1.25" text-align="start" color="#000000" letter-spacing="normal"
        space-after="2pt">
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block>{$label}</fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block>
            <xsl:sequence select="tkp:id(.)"/>
            <xsl:apply-templates mode="tkp:fo"/>
          </fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <!-- the paragraphs of a note follow one another closely -->
  <xsl:template match="tei:note//tei:p" mode="tkp:fo" priority="1">
    <fo:block space-after="0.2em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- page breaks -->

  <xsl:template match="tei:pb" mode="tkp:fo">
    <xsl:call-template name="tkp:inline-page-marker"/>
  </xsl:template>

  <xsl:template name="tkp:inline-page-marker">
    <fo:inline font-family="{$tkp:heading-fonts}" font-size="{$font-size * 0.7}pt" font-weight="normal"
        font-style="normal" color="#666666" text-decoration="none" baseline-shift="baseline">
      <xsl:sequence select="tkp:id(.)"/>{tkp:page-marker(.)}</fo:inline>
  </xsl:template>

  <xsl:template match="tei:pb[tkp:in-block(.)]" mode="tkp:fo" priority="1">
    <fo:block font-family="{$tkp:heading-fonts}" font-size="{$font-size * 0.7}pt" font-weight="normal"
        font-style="normal" color="#666666" text-align="start" keep-with-next.within-page="always">
      <xsl:sequence select="tkp:id(.)"/>{tkp:page-marker(.)}</fo:block>
  </xsl:template>

  <xsl:function name="tkp:page-marker" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="if (tk:page-label($pb)) then $page-marker-before || tk:page-label($pb) || $page-marker-after
        else '‖'"/>
  </xsl:function>

</xsl:stylesheet>
