<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes, for every output: what kind each note is, which are listed at the end (the source note and
  the numbered footnotes), whether a listed note has a marker in the text, and its label and id.

  Kinds (tk:note-kind):
    source  note[@type = 'source']: listed apart from the footnotes, marked where it stands in text
    foot    a footnote or endnote: listed with its label; marked where it stands, unless it is
            @anchored = 'false' (teikit: its marker was not found) or stands between blocks
    inline  @place inline/above/below (or @rend inline): shown where it stands
    margin  @place margin/left/right…: shown beside the text where it stands
    block   any other note standing between blocks (in a div, as ELTeC's notes div): shown there
    header  a note inside the teiHeader: not text

  Labels are the note's own @n, never renumbered; a footnote without @n is numbered by its place
  among the footnotes, a source note without @n is "*" (so that it never takes a footnote's number).
  Ids are the note's xml:id, else derived from its place among the listed notes ("note-3").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:variable name="tkp:inline-places" as="xs:string+" select="
      'inline', 'inspace', 'above', 'below', 'interlinear', 'supralinear', 'infralinear'"/>
  <xsl:variable name="tkp:margin-places" as="xs:string+" select="
      'margin', 'left', 'right', 'marginLeft', 'marginRight', 'marginTop', 'marginBottom', 'marginBot',
      'marginOuter', 'marginInner', 'margin-left', 'margin-right', 'margin-top', 'margin-bottom'"/>

  <!-- the listed notes in document order, for numbering the ones without @n -->
  <xsl:key name="tkp:listed-note" match="tei:note[tk:is-listed-note(.)]" use="'listed'"/>

  <xsl:mode name="tkp:note-kind" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:function name="tk:note-kind" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:apply-templates select="$note" mode="tkp:note-kind"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="tkp:note-kind" as="xs:string" priority="0">
    <xsl:sequence select="'foot'"/>
  </xsl:template>

  <xsl:template match="tei:note[tk:is-container(..)]" mode="tkp:note-kind" as="xs:string" priority="1">
    <xsl:sequence select="'block'"/>
  </xsl:template>

  <xsl:template match="tei:note[tokenize(@place) = $tkp:inline-places or tokenize(@rend) = 'inline']"
      mode="tkp:note-kind" as="xs:string" priority="2">
    <xsl:sequence select="'inline'"/>
  </xsl:template>

  <xsl:template match="tei:note[tokenize(@place) = $tkp:margin-places]" mode="tkp:note-kind" as="xs:string" priority="3">
    <xsl:sequence select="'margin'"/>
  </xsl:template>

  <xsl:template match="tei:note[@anchored = 'false']" mode="tkp:note-kind" as="xs:string" priority="4">
    <xsl:sequence select="'foot'"/>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'source']" mode="tkp:note-kind" as="xs:string" priority="5">
    <xsl:sequence select="'source'"/>
  </xsl:template>

  <xsl:template match="tei:teiHeader//tei:note" mode="tkp:note-kind" as="xs:string" priority="6">
    <xsl:sequence select="'header'"/>
  </xsl:template>

  <!-- listed at the end: the source note and the footnotes -->
  <xsl:function name="tk:is-listed-note" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="tk:note-kind($note) = ('source', 'foot')"/>
  </xsl:function>

  <!-- a listed note has a marker where it stands unless it has no anchor or stands between blocks -->
  <xsl:function name="tk:note-has-marker" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="tk:is-listed-note($note) and not($note/@anchored = 'false') and not(tk:is-container($note/..))"/>
  </xsl:function>

  <!-- the listed notes under a node (its text, a document div), in document order -->
  <xsl:function name="tk:listed-notes" as="element(tei:note)*">
    <xsl:param name="scope" as="node()*"/>
    <xsl:sequence select="$scope/descendant::tei:note[tk:is-listed-note(.)]"/>
  </xsl:function>

  <xsl:function name="tk:source-notes" as="element(tei:note)*">
    <xsl:param name="scope" as="node()*"/>
    <xsl:sequence select="tk:listed-notes($scope)[tk:note-kind(.) = 'source']"/>
  </xsl:function>

  <xsl:function name="tk:footnotes" as="element(tei:note)*">
    <xsl:param name="scope" as="node()*"/>
    <xsl:sequence select="tk:listed-notes($scope)[tk:note-kind(.) = 'foot']"/>
  </xsl:function>

  <!-- the note's own @n; without one, a footnote's place among the footnotes, a source note's "*" -->
  <xsl:function name="tk:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="n" as="xs:string" select="normalize-space($note/@n)"/>
    <xsl:variable name="kind" as="xs:string" select="tk:note-kind($note)"/>
    <xsl:sequence select="if ($n or not($kind = ('source', 'foot'))) then $n
        else if ($kind = 'source') then '*'
        else string(count(tkp:listed($note)[. &lt;&lt; $note][tk:note-kind(.) = 'foot']) + 1)"/>
  </xsl:function>

  <!-- the label as a list number (HTML li/@value, FO list numbering) when it is one -->
  <xsl:function name="tk:note-number" as="xs:integer?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="label" as="xs:string" select="tk:note-label($note)"/>
    <xsl:sequence select="xs:integer($label[. castable as xs:integer])"/>
  </xsl:function>

  <!-- the note's xml:id, else one derived from its place among the listed notes -->
  <xsl:function name="tk:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@xml:id/string(), tkp:derived-note-id($note))[1]"/>
  </xsl:function>

  <!-- the id of the marker in the text, the target of the way back from the note -->
  <xsl:function name="tk:note-marker-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'fnref-' || tk:note-id($note)"/>
  </xsl:function>

  <xsl:function name="tkp:derived-note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="id" as="xs:string" select="'note-' || tkp:note-position($note)"/>
    <xsl:sequence select="if (exists(tkp:element-with-id($id, $note))) then 'tk-' || $id else $id"/>
  </xsl:function>

  <xsl:function name="tkp:note-position" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="count(tkp:listed($note)[. &lt;&lt; $note]) + 1"/>
  </xsl:function>

  <!-- the listed notes of the note's tree -->
  <xsl:function name="tkp:listed" as="element(tei:note)*">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="root" as="node()" select="root($note)"/>
    <xsl:sequence select="if ($root instance of document-node()) then key('tkp:listed-note', 'listed', $root)
        else $root/descendant-or-self::tei:note[tk:is-listed-note(.)]"/>
  </xsl:function>

  <!-- the element of the note's tree with that xml:id (shared with pages.xsl) -->
  <xsl:function name="tkp:element-with-id" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if (root($node) instance of document-node()) then id($id, $node)[1] else ()"/>
  </xsl:function>

</xsl:stylesheet>
