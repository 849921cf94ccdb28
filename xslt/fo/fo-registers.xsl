<?xml version="1.0" encoding="UTF-8"?>
<!--
  Registers and descriptions in mode tkp:fo: bibliographies (listBibl, bibl, biblStruct), people,
  places, organisations and events (listPerson …), manuscript descriptions (msDesc).

  An entry made of fields only (a bibl of author, title, place and date with nothing but spaces
  between them, a person of names, dates and ids) is printed as its fields joined by a comma. The
  parts of a manuscript description are labelled blocks: "Support: Parchment codex".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- the parts of a manuscript description and their labels; '' for a part that only groups others -->
  <xsl:variable name="tkp:description-labels" as="map(xs:string, xs:string)" select="map {
      'msContents': 'Contents', 'summary': 'Summary', 'textLang': 'Language', 'locus': 'Folios',
      'locusGrp': 'Folios', 'author': 'Author', 'editor': 'Editor', 'title': 'Title', 'rubric': 'Rubric',
      'incipit': 'Incipit', 'explicit': 'Explicit', 'finalRubric': 'Final rubric', 'colophon': 'Colophon',
      'filiation': 'Filiation', 'respStmt': 'Responsibility', 'quote': 'Quotation', 'docImprint': 'Imprint',
      'physDesc': 'Physical description', 'objectDesc': '', 'supportDesc': '', 'support': 'Support',
      'extent': 'Extent', 'collation': 'Collation', 'foliation': 'Foliation', 'condition': 'Condition',
      'layoutDesc': '', 'layout': 'Layout', 'handDesc': '', 'handNote': 'Hand', 'scriptDesc': '',
      'scriptNote': 'Script', 'typeDesc': '', 'typeNote': 'Type', 'decoDesc': '', 'decoNote': 'Decoration',
      'musicNotation': 'Music notation', 'additions': 'Additions', 'bindingDesc': '', 'binding': 'Binding',
      'sealDesc': '', 'seal': 'Seal', 'accMat': 'Accompanying material', 'history': 'History',
      'origin': 'Origin', 'provenance': 'Provenance', 'acquisition': 'Acquisition', 'additional': '',
      'adminInfo': '', 'recordHist': '', 'source': 'Source of the description', 'availability': 'Availability',
      'custodialHist': 'Custodial history', 'custEvent': '', 'surrogates': 'Surrogates',
      'altIdentifier': 'Other identifier', 'msName': 'Name', 'dimensions': 'Dimensions', 'origDate': 'Date',
      'origPlace': 'Place'
      }"/>

  <!-- fields: elements printed in a row, joined by commas, where nothing but spaces stands between them -->
  <xsl:variable name="tkp:field-entries" as="xs:string*" select="('bibl', 'biblStruct', 'monogr', 'analytic',
      'imprint', 'series', 'respStmt', 'msIdentifier', 'altIdentifier', 'person', 'place', 'org', 'event',
      'birth', 'death', 'location', 'persName', 'dimensions', 'custEvent', 'relatedItem')"/>

  <xsl:template match="tei:listBibl | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent
      | tei:listRelation | tei:listNym | tei:listWit" mode="tkp:fo">
    <fo:block space-before="0.5em" space-after="0.6em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- an entry of a register or bibliography: hanging indent -->
  <xsl:template match="tei:bibl | tei:biblStruct | tei:person | tei:place | tei:org | tei:event | tei:nym
      | tei:witness | tei:personGrp" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:call-template name="tkp:fields"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:bibl[tkp:in-block(.)] | tei:biblStruct[tkp:in-block(.)] | tei:person[tkp:in-block(.)]
      | tei:place[tkp:in-block(.)] | tei:org[tkp:in-block(.)] | tei:event[tkp:in-block(.)] | tei:nym[tkp:in-block(.)]
      | tei:witness[tkp:in-block(.)] | tei:personGrp[tkp:in-block(.)]" mode="tkp:fo" priority="1">
    <fo:block margin-left="1.5em" text-indent="-1.5em" space-after="0.25em" text-align="start">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:call-template name="tkp:fields"/>
    </fo:block>
  </xsl:template>

  <!-- the parts of a name, of a bibliographic or register entry: inline -->
  <xsl:template match="tei:author | tei:editor | tei:publisher | tei:pubPlace | tei:biblScope | tei:citedRange
      | tei:edition | tei:extent | tei:resp | tei:birth | tei:death | tei:sex | tei:location | tei:geo
      | tei:monogr | tei:analytic | tei:imprint | tei:series | tei:respStmt | tei:relatedItem | tei:funder
      | tei:sponsor | tei:principal | tei:meeting | tei:institution | tei:repository | tei:collection
      | tei:altIdentifier | tei:msName | tei:msIdentifier | tei:dimensions | tei:height | tei:width | tei:depth
      | tei:dim | tei:custEvent | tei:material | tei:watermark | tei:stamp | tei:catchwords | tei:signatures
      | tei:secFol | tei:heraldry | tei:listChange | tei:change | tei:textLang"
      mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:call-template name="tkp:fields"/>
    </fo:inline>
  </xsl:template>

  <!-- an empty element that says what it says in attributes: sex value="2", relation active → passive -->
  <xsl:template match="tei:sex[not(normalize-space())] | tei:relation" mode="tkp:fo" priority="1">
    <fo:inline>
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:value-of select="normalize-space(string-join((@name, @value, @active, (@passive, @mutual)[1] ! ('→ ' || .)), ' '))"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:relation[tkp:in-block(.)]" mode="tkp:fo" priority="2">
    <fo:block>
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:value-of select="normalize-space(string-join((@name, @active, (@passive, @mutual)[1] ! ('→ ' || .)), ' '))"/>
    </fo:block>
  </xsl:template>

  <!-- the content of an entry: as it stands when it has text of its own, else its fields with commas -->
  <xsl:template name="tkp:fields">
    <xsl:param name="of" as="element()" select="."/>
    <xsl:choose>
      <xsl:when test="local-name($of) = $tkp:field-entries and empty($of/text()[normalize-space()]) and count($of/*) gt 1">
        <xsl:variable name="fields" as="element()*">
          <xsl:for-each select="$of/*">
            <fo:inline>
              <xsl:apply-templates select="." mode="tkp:fo"/>
            </fo:inline>
          </xsl:for-each>
        </xsl:variable>
        <xsl:for-each select="$fields[normalize-space() or descendant::fo:footnote]">
          <xsl:if test="position() gt 1">, </xsl:if>
          <xsl:apply-templates select="." mode="tkp:trim">
            <xsl:with-param name="edges" select="(.//text()[normalize-space()])[position() = (1, last())]" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$of/node()" mode="tkp:fo"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a field without the spaces at its ends (the layout of the XML file), so that the comma follows it -->
  <xsl:mode name="tkp:trim" on-no-match="shallow-copy" on-multiple-match="fail"/>

  <xsl:template match="text()" mode="tkp:trim">
    <xsl:param name="edges" as="text()*" tunnel="yes"/>
    <xsl:variable name="start" as="xs:string" select="if (. is $edges[1]) then replace(., '^\s+', '') else string(.)"/>
    <xsl:value-of select="if (. is $edges[last()]) then replace($start, '\s+$', '')
        else if (. &lt;&lt; $edges[1] or . >> $edges[last()]) then '' else $start"/>
  </xsl:template>

  <!-- manuscript descriptions -->

  <xsl:template match="tei:msDesc | tei:msPart | tei:msFrag" mode="tkp:fo">
    <fo:block space-before="0.8em" space-after="0.8em" margin-left="{if (self::tei:msDesc) then '0em' else '1.5em'}"
        border-before-style="solid" border-before-width="0.4pt" border-before-color="#999999" padding-before="3pt">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:msDesc/tei:msIdentifier | tei:msPart/tei:msIdentifier | tei:msFrag/tei:msIdentifier"
      mode="tkp:fo" priority="1">
    <fo:block font-family="{$tkp:heading-fonts}" font-weight="bold" space-after="3pt" keep-with-next.within-page="always">
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:call-template name="tkp:fields"/>
    </fo:block>
  </xsl:template>

  <!-- an item of the contents: its number hangs before it -->
  <xsl:template match="tei:msItem | tei:msItemStruct" mode="tkp:fo">
    <fo:block margin-left="{if (parent::tei:msItem | parent::tei:msItemStruct) then '1.5em' else '0em'}"
        space-before="0.3em" space-after="0.3em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:if test="@n">
        <fo:block font-weight="bold" keep-with-next.within-page="always">{@n}.</fo:block>
      </xsl:if>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- a part of a description standing as a block: a labelled block; a part that holds one
       paragraph and nothing else has the paragraph's text after its label -->
  <xsl:template match="tei:*[tkp:in-block(.)][ancestor::tei:msDesc][map:contains($tkp:description-labels, local-name())]"
      mode="tkp:fo" priority="3">
    <xsl:variable name="label" as="xs:string" select="$tkp:description-labels(local-name())"/>
    <xsl:variable name="only-paragraph" as="element(tei:p)?" select="tei:p[count(../*) eq 1][empty(../text()[normalize-space()])]"/>
    <fo:block space-before="0.15em" space-after="0.15em" text-align="start">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:if test="$label">
        <fo:inline font-weight="bold">{$label}: </fo:inline>
      </xsl:if>
      <xsl:call-template name="tkp:fields">
        <xsl:with-param name="of" select="($only-paragraph, .)[1]"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- the same parts in running text -->
  <xsl:template match="tei:*[map:contains($tkp:description-labels, local-name())]" mode="tkp:fo" priority="-1">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:call-template name="tkp:fields"/>
    </fo:inline>
  </xsl:template>

</xsl:stylesheet>
