<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists and tables in mode tkp:fo.

  A list's labels come from the text (label before an item in a gloss list, a label opening an item
  as teikit writes "a)"), else from @n, else a number (ordered lists) or a bullet (bulleted and
  untyped lists); teikit's subject and participants lists have none. A table has as many columns as
  its widest row (spans counted), each as wide as its longest cell asks for.

  What stands between items, rows or cells without being one (a page break, an anchor, a note) is
  printed at the start of the next one, or at the end of the last: an FO list or table holds nothing
  else.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- lists -->

  <xsl:template match="tei:list" mode="tkp:fo">
    <fo:block space-before="0.3em" space-after="0.5em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates select="tei:head" mode="tkp:fo"/>
      <xsl:if test="tei:item">
        <fo:list-block provisional-distance-between-starts="{tkp:label-width(.)}em"
            provisional-label-separation="0.5em">
          <xsl:apply-templates select="tei:item" mode="tkp:fo"/>
        </fo:list-block>
      </xsl:if>
      <!-- what follows the last item; all but the heading of a list without items -->
      <xsl:apply-templates select="(tei:item[last()]/following-sibling::node(), self::*[not(tei:item)]/node())
          except tei:head" mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:item" mode="tkp:fo">
    <xsl:variable name="own-label" as="element(tei:label)?" select="tkp:own-label(.)"/>
    <fo:list-item>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <fo:list-item-label end-indent="label-end()">
        <fo:block>
          <xsl:apply-templates select="(preceding-sibling::*[1][self::tei:label], $own-label)[1]/node()" mode="tkp:fo"/>
          <xsl:if test="empty(preceding-sibling::*[1][self::tei:label] | $own-label)">{tkp:item-label(.)}</xsl:if>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block>
          <xsl:apply-templates select="tkp:carried(.)" mode="tkp:carried"/>
          <xsl:apply-templates select="node() except $own-label" mode="tkp:fo"/>
        </fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <!-- a label that opens an item, as teikit writes "a) text" -->
  <xsl:function name="tkp:own-label" as="element(tei:label)?">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:sequence select="$item/*[1][self::tei:label][empty(preceding-sibling::text()[normalize-space()])]"/>
  </xsl:function>

  <xsl:function name="tkp:item-label" as="xs:string">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:variable name="kinds" as="xs:string*" select="tokenize(lower-case(string-join($item/../(@type, @rend), ' ')))"/>
    <xsl:sequence select="if ($item/@n) then string($item/@n)
        else if ($kinds = ('ordered', 'numbered', 'decimal', 'enumerated')) then count($item/preceding-sibling::tei:item) + 1 || '.'
        else if ($kinds = ('subject', 'participants', 'simple', 'none', 'inline', 'runin', 'gloss')) then ''
        else '•'"/>
  </xsl:function>

  <!-- wide enough for the longest label, in em -->
  <xsl:function name="tkp:label-width" as="xs:decimal">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:variable name="labels" as="xs:string*"
        select="$list/tei:item ! (tkp:plain((preceding-sibling::*[1][self::tei:label], tkp:own-label(.))[1]), tkp:item-label(.))[.][1]"/>
    <xsl:variable name="longest" as="xs:integer" select="max((0, $labels ! string-length(.)))"/>
    <xsl:sequence select="if ($longest eq 0) then 1.5 else min((12, max((1.2, $longest * 0.55 + 0.6))))"/>
  </xsl:function>

  <!-- what stands before an item, row or cell and after the one before it, printed inside it; the
       last one takes what follows it too -->
  <xsl:function name="tkp:carried" as="node()*">
    <xsl:param name="part" as="element()"/>
    <xsl:variable name="kind" as="xs:string" select="local-name($part)"/>
    <xsl:variable name="previous" as="element()?" select="$part/preceding-sibling::*[local-name() = $kind][1]"/>
    <xsl:sequence select="$part/preceding-sibling::*[not(local-name() = ($kind, 'label', 'head'))]
        [empty($previous) or . >> $previous]"/>
  </xsl:function>

  <!-- carried into an item or a cell, a page break is an inline marker before (or after) its text -->
  <xsl:mode name="tkp:carried" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="tei:pb" mode="tkp:carried">
    <xsl:call-template name="tkp:inline-page-marker"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="*" mode="tkp:carried" priority="-1">
    <xsl:apply-templates select="." mode="tkp:fo"/>
  </xsl:template>

  <xsl:function name="tkp:carried-after" as="node()*">
    <xsl:param name="part" as="element()"/>
    <xsl:sequence select="$part[empty(following-sibling::*[local-name() = local-name($part)])]
        /following-sibling::*[not(self::tei:head)]"/>
  </xsl:function>

  <!-- tables -->

  <xsl:template match="tei:table" mode="tkp:fo">
    <xsl:variable name="widths" as="xs:integer*" select="tkp:column-widths(.)"/>
    <fo:block space-before="0.4em" space-after="0.6em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates select="tei:head" mode="tkp:fo"/>
      <xsl:if test="tei:row[tei:cell]">
        <fo:table table-layout="fixed" width="100%" border-collapse="separate" font-size="{$font-size * 0.92}pt">
          <xsl:for-each select="$widths">
            <fo:table-column column-width="proportional-column-width({.})"/>
          </xsl:for-each>
          <fo:table-body>
            <xsl:apply-templates select="tei:row[tei:cell]" mode="tkp:fo"/>
          </fo:table-body>
        </fo:table>
      </xsl:if>
      <!-- rows without cells, and what follows the last row -->
      <xsl:apply-templates select="tei:row[not(tei:cell)]/node(),
          (tei:row[tei:cell][last()]/following-sibling::*, self::*[not(tei:row/tei:cell)]/*) except (tei:head, tei:row)"
          mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:row" mode="tkp:fo">
    <fo:table-row>
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:if test="@role = 'label'">
        <xsl:attribute name="font-weight" select="'bold'"/>
      </xsl:if>
      <xsl:apply-templates select="tei:cell" mode="tkp:fo"/>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="tei:cell" mode="tkp:fo">
    <fo:table-cell padding-before="1.5pt" padding-after="1.5pt" padding-start="3pt" padding-end="3pt"
        border-after-style="solid" border-after-width="0.3pt" border-after-color="#bbbbbb">
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:if test="@cols castable as xs:integer and xs:integer(@cols) gt 1">
        <xsl:attribute name="number-columns-spanned" select="xs:integer(@cols)"/>
      </xsl:if>
      <xsl:if test="@rows castable as xs:integer and xs:integer(@rows) gt 1">
        <xsl:attribute name="number-rows-spanned" select="xs:integer(@rows)"/>
      </xsl:if>
      <fo:block>
        <xsl:sequence select="tkp:rend(.)"/>
        <xsl:if test="@role = 'label'">
          <xsl:attribute name="font-weight" select="'bold'"/>
        </xsl:if>
        <!-- what stands before the row goes into its first cell -->
        <xsl:apply-templates select="(..[empty(current()/preceding-sibling::tei:cell)], .) ! tkp:carried(.)" mode="tkp:carried"/>
        <xsl:apply-templates mode="tkp:fo"/>
        <xsl:apply-templates select="tkp:carried-after(.)" mode="tkp:carried"/>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- one proportional width per column: the longest text of a cell in it, within bounds -->
  <xsl:function name="tkp:column-widths" as="xs:integer*">
    <xsl:param name="table" as="element(tei:table)"/>
    <xsl:variable name="rows" as="element(tei:row)*" select="$table/tei:row[tei:cell]"/>
    <xsl:variable name="columns" as="xs:integer" select="max((1, $rows ! tkp:row-width(., $rows)))"/>
    <xsl:sequence select="(1 to $columns) ! (let $c := . return
        min((40, max((4, $rows/tei:cell[position() eq $c][not(@cols castable as xs:integer and xs:integer(@cols) gt 1)]
            ! string-length(tkp:plain(.)), 0)))))"/>
  </xsl:function>

  <!-- the columns a row takes: its cells and the cells of rows above that span into it -->
  <xsl:function name="tkp:row-width" as="xs:integer">
    <xsl:param name="row" as="element(tei:row)"/>
    <xsl:param name="rows" as="element(tei:row)*"/>
    <xsl:variable name="index" as="xs:integer" select="count($row/preceding-sibling::tei:row[tei:cell]) + 1"/>
    <xsl:variable name="spanning" as="element(tei:cell)*"
        select="$rows[position() lt $index][exists(tei:cell/@rows)]/tei:cell
            [@rows castable as xs:integer][count(../preceding-sibling::tei:row[tei:cell]) + xs:integer(@rows) ge $index]"/>
    <xsl:sequence select="xs:integer(sum(($row/tei:cell, $spanning) ! tkp:span(.)))"/>
  </xsl:function>

  <xsl:function name="tkp:span" as="xs:integer">
    <xsl:param name="cell" as="element(tei:cell)"/>
    <xsl:sequence select="if ($cell/@cols castable as xs:integer) then max((1, xs:integer($cell/@cols))) else 1"/>
  </xsl:function>

</xsl:stylesheet>
