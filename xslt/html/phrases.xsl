<?xml version="1.0" encoding="UTF-8"?>
<!--
  Running text as HTML phrasing content (mode tkp:inline): highlighting, names, dates, links,
  editorial interventions, breaks. Whatever stands inside a paragraph, a heading, a line or a cell
  must give phrasing content only, or the HTML parser closes the paragraph: a block that turns up
  here (a paragraph in a note, a list in a head) becomes a span with class "as-block", which the
  style sheet shows as a block.

  Tunnel parameter tkp:in-link: inside a link, links are not nested (a ref in a ref becomes a span).

  Not shown, on purpose: figDesc and desc of a figure (they are the alt text), and annotation that
  is not text (index, interp, interpGrp, link, linkGrp, join, joinGrp, alt, altGrp, span, spanGrp,
  certainty, precision, respons, handShift, divGen).
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

  <xsl:mode name="tkp:inline" on-no-match="fail" on-multiple-match="fail"/>

  <!-- the node itself, not a new one made of its string: Saxon copies it as it is (5 % of the HTML run) -->
  <xsl:template match="text()" mode="tkp:inline">
    <xsl:sequence select="."/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="tkp:inline"/>

  <xsl:template match="tei:figDesc | tei:figure/tei:desc | tei:graphic/tei:desc | tei:index | tei:interp | tei:interpGrp
      | tei:link | tei:linkGrp | tei:join | tei:joinGrp | tei:alt | tei:altGrp | tei:span | tei:spanGrp | tei:certainty
      | tei:precision | tei:respons | tei:handShift | tei:divGen" mode="tkp:inline"/>

  <!-- highlighting: the element @rend asks for (sup, sub, i, b, u, s), else a span; all of @rend as classes -->
  <xsl:variable name="tkp:rend-elements" as="map(xs:string, xs:string)" select="map {
      'sup': 'sup', 'sub': 'sub', 'italic': 'i', 'bold': 'b', 'underline': 'u', 'strike': 's' }"/>

  <xsl:template match="tei:hi" mode="tkp:inline">
    <xsl:variable name="rend" as="xs:string*" select="tk:rend(.)"/>
    <xsl:element name="{(('sup', 'sub', 'italic', 'bold', 'underline', 'strike')[. = $rend] ! $tkp:rend-elements(.),
        'i'[empty($rend)], 'span')[1]}">
      <xsl:sequence select="tkp:attributes(., 'hi')"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:emph" mode="tkp:inline">
    <em>
      <xsl:sequence select="tkp:attributes(., ())"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </em>
  </xsl:template>

  <xsl:template match="tei:title" mode="tkp:inline">
    <cite>
      <xsl:sequence select="tkp:attributes(., ('title', @level ! ('level-' || tkp:token(.))))"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </cite>
  </xsl:template>

  <xsl:template match="tei:foreign | tei:mentioned | tei:distinct" mode="tkp:inline">
    <i>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </i>
  </xsl:template>

  <xsl:template match="tei:q | tei:said" mode="tkp:inline">
    <q>
      <xsl:sequence select="tkp:attributes(., (local-name(), 'own-marks'[tk:has-own-quotation-marks(current())]))"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </q>
  </xsl:template>

  <!-- a quotation brings its own quotation marks in most texts -->
  <xsl:template match="tei:quote | tei:soCalled" mode="tkp:inline">
    <q>
      <xsl:sequence select="tkp:attributes(., (local-name(), 'own-marks'[tk:has-own-quotation-marks(current()) or current()/self::tei:quote]))"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </q>
  </xsl:template>

  <xsl:template match="tei:bibl | tei:biblStruct" mode="tkp:inline">
    <cite>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </cite>
  </xsl:template>

  <!-- names, terms, numbers and the parts of a bibliographic reference: spans with their @ref as data -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:geogName | tei:settlement
      | tei:region | tei:country | tei:bloc | tei:district | tei:surname | tei:forename | tei:roleName | tei:addName
      | tei:genName | tei:nameLink | tei:objectName | tei:term | tei:gloss | tei:idno | tei:num | tei:measure
      | tei:unit | tei:author | tei:editor | tei:publisher | tei:pubPlace | tei:biblScope | tei:citedRange | tei:edition
      | tei:role | tei:roleDesc | tei:actor | tei:seg | tei:c | tei:w | tei:pc | tei:s | tei:phr | tei:cl | tei:m
      | tei:formula | tei:expan | tei:ex | tei:am | tei:orig | tei:reg | tei:corr | tei:subst | tei:restore
      | tei:mod | tei:surplus | tei:secl | tei:damage | tei:time | tei:affiliation | tei:occupation | tei:stage
      | tei:speaker | tei:fw" mode="tkp:inline">
    <span>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:if test="@ref | @key">
        <xsl:attribute name="data-ref" select="(@ref, @key)[1]"/>
      </xsl:if>
      <xsl:apply-templates mode="tkp:inline"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:date" mode="tkp:inline">
    <xsl:variable name="value" as="xs:string?" select="tk:date-value(.)"/>
    <xsl:element name="{if ($value) then 'time' else 'span'}">
      <xsl:sequence select="tkp:attributes(., 'date')"/>
      <xsl:if test="$value">
        <xsl:attribute name="datetime" select="$value"/>
      </xsl:if>
      <xsl:apply-templates mode="tkp:inline"/>
    </xsl:element>
  </xsl:template>

  <!-- editorial interventions: one reading of a choice, the others as its title -->
  <xsl:template match="tei:choice" mode="tkp:inline">
    <span>
      <xsl:sequence select="tkp:attributes(., 'choice')"/>
      <xsl:attribute name="title" select="string-join(tk:choice-alternatives(.) ! (local-name() || ': ' || tk:plain-text(.)), '; ')"/>
      <xsl:apply-templates select="tk:choice-reading(.)" mode="tkp:inline"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:abbr" mode="tkp:inline">
    <abbr>
      <xsl:sequence select="tkp:attributes(., ())"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </abbr>
  </xsl:template>

  <xsl:template match="tei:sic | tei:unclear" mode="tkp:inline">
    <span>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:if test="@reason | @cert">
        <xsl:attribute name="title" select="string-join((local-name(), @reason, @cert), ' ')"/>
      </xsl:if>
      <xsl:apply-templates mode="tkp:inline"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="tkp:inline">
    <span>
      <xsl:sequence select="tkp:attributes(., 'supplied')"/>
      <xsl:attribute name="title" select="string-join(('supplied', @reason), ': ')"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:add" mode="tkp:inline">
    <ins>
      <xsl:sequence select="tkp:attributes(., 'add')"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </ins>
  </xsl:template>

  <xsl:template match="tei:del" mode="tkp:inline">
    <del>
      <xsl:sequence select="tkp:attributes(., ())"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </del>
  </xsl:template>

  <xsl:template match="tei:gap" mode="tkp:inline">
    <span>
      <xsl:sequence select="tkp:attributes(., 'gap')"/>
      <xsl:attribute name="title" select="normalize-space(string-join(('gap', @reason, (@quantity, @extent)[1], @unit), ' '))"/>
      <xsl:text>[…]</xsl:text>
    </span>
  </xsl:template>

  <!-- space left blank: as many em spaces as it is wide in characters (a few at most) -->
  <xsl:template match="tei:space" mode="tkp:inline">
    <xsl:variable name="quantity" as="xs:integer" select="if (@quantity castable as xs:decimal)
        then max((1, min((8, xs:integer(round(xs:decimal(@quantity))))))) else 1"/>
    <span>
      <xsl:sequence select="tkp:attributes(., 'space')"/>
      <xsl:value-of select="string-join((1 to $quantity) ! '&#x2003;')"/>
    </span>
  </xsl:template>

  <!-- breaks: a line break is a line break; page breaks are marginal links (pages.xsl) -->
  <xsl:template match="tei:lb" mode="tkp:inline">
    <br>
      <xsl:sequence select="tkp:attributes(., @break[. = 'no'] ! 'lb-inword')"/>
    </br>
  </xsl:template>

  <xsl:template match="tei:pb" mode="tkp:inline">
    <xsl:variable name="id" as="xs:string" select="tk:page-id(.)"/>
    <xsl:variable name="label" as="xs:string" select="tk:page-label(.)"/>
    <xsl:variable name="run" as="xs:integer" select="tkp:place-in-run(.)"/>
    <a class="pb" id="{$id}" href="#{$id}" title="{if ($label) then 'Page ' || $label else 'Page break'}">
      <xsl:sequence select="tkp:attributes(., ('pb', ('run-' || $run)[$run gt 1]))[not(name() = 'id')]"/>
      <xsl:text>[{if ($label) then $label else '‖'}]</xsl:text>
    </a>
  </xsl:template>

  <!-- the place of a page break among the breaks standing next to each other (blank pages): 1, 2, 3… -->
  <xsl:function name="tkp:place-in-run" as="xs:integer">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:variable name="before" as="node()?" select="$pb/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1]"/>
    <xsl:sequence select="if ($before[self::tei:pb]) then tkp:place-in-run($before) + 1 else 1"/>
  </xsl:function>

  <xsl:template match="tei:cb" mode="tkp:inline">
    <xsl:variable name="id" as="xs:string" select="tk:column-id(.)"/>
    <a class="cb" id="{$id}" href="#{$id}" title="Column {tk:page-label(.)}">[col. {tk:page-label(.)}]</a>
  </xsl:template>

  <xsl:template match="tei:milestone" mode="tkp:inline">
    <span role="separator">
      <xsl:sequence select="tkp:attributes(., ('milestone', @unit ! ('unit-' || tkp:token(.))))"/>
      <xsl:text>{(normalize-space(@n)[.], '* * *')[1]}</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="tkp:inline">
    <xsl:if test="@xml:id">
      <span>
        <xsl:sequence select="tkp:attributes(., 'anchor')"/>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- links: @target as href, a local "#id" kept local; never a link inside a link -->
  <xsl:template match="tei:ref" mode="tkp:inline">
    <xsl:param name="tkp:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="target" as="xs:string?" select="tk:link-target(.)"/>
    <xsl:element name="{if ($target and not($tkp:in-link)) then 'a' else 'span'}">
      <xsl:sequence select="tkp:attributes(., 'ref')"/>
      <xsl:if test="$target and not($tkp:in-link)">
        <xsl:attribute name="href" select="$target"/>
      </xsl:if>
      <xsl:apply-templates mode="tkp:inline">
        <xsl:with-param name="tkp:in-link" tunnel="yes" select="$tkp:in-link or exists($target)"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:ptr" mode="tkp:inline">
    <xsl:param name="tkp:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="target" as="xs:string?" select="tk:link-target(.)"/>
    <xsl:variable name="note" as="element(tei:note)?" select="tk:local-target($target, .)[self::tei:note]"/>
    <xsl:element name="{if ($target and not($tkp:in-link)) then 'a' else 'span'}">
      <xsl:sequence select="tkp:attributes(., 'ptr')"/>
      <xsl:if test="$target and not($tkp:in-link)">
        <xsl:attribute name="href" select="$target"/>
      </xsl:if>
      <xsl:text>{($note ! ('note ' || tk:note-label(.)), $target, @cRef)[1]}</xsl:text>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:email" mode="tkp:inline">
    <xsl:param name="tkp:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($tkp:in-link) then 'span' else 'a'}">
      <xsl:sequence select="tkp:attributes(., 'email')"/>
      <xsl:if test="not($tkp:in-link)">
        <xsl:attribute name="href" select="'mailto:' || normalize-space()"/>
      </xsl:if>
      <xsl:apply-templates mode="tkp:inline"/>
    </xsl:element>
  </xsl:template>

  <!-- images: the figure's description (figDesc, desc) as alt text, or empty where there is none -->
  <xsl:template match="tei:graphic | tei:media" mode="tkp:inline">
    <img src="{@url}" alt="{tkp:alt-text(.)}">
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:if test="matches(@width, '^\d+(px)?$')">
        <xsl:attribute name="width" select="replace(@width, 'px', '')"/>
      </xsl:if>
    </img>
  </xsl:template>

  <xsl:function name="tkp:alt-text" as="xs:string">
    <xsl:param name="graphic" as="element()"/>
    <xsl:sequence select="string((($graphic/tei:desc, $graphic/parent::tei:figure/tei:figDesc, $graphic/parent::tei:figure/tei:head)
        ! tk:plain-text(.)[.])[1])"/>
  </xsl:function>

  <!-- the vocabulary of the TEI Guidelines: element and attribute names, markup examples -->
  <xsl:template match="tei:gi | tei:tag | tei:att | tei:val | tei:code | tei:ident" mode="tkp:inline">
    <code>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:value-of select="map { 'gi': '&lt;', 'tag': '&lt;', 'att': '@', 'val': '&quot;' }(local-name())"/>
      <xsl:apply-templates mode="tkp:inline"/>
      <xsl:value-of select="map { 'gi': '&gt;', 'tag': '&gt;', 'val': '&quot;' }(local-name())"/>
    </code>
  </xsl:template>

  <xsl:template match="*:egXML" mode="tkp:inline">
    <code>
      <xsl:sequence select="tkp:attributes(., 'egXML')"/>
      <xsl:value-of select="tkp:example(.)"/>
    </code>
  </xsl:template>

  <xsl:function name="tkp:example" as="xs:string">
    <xsl:param name="example" as="element()"/>
    <xsl:sequence select="string-join($example/node() ! serialize(., map { 'method': 'xml', 'omit-xml-declaration': true() }))"/>
  </xsl:function>

  <!-- blocks met in running text: spans shown as blocks -->
  <xsl:template match="tei:p | tei:ab | tei:l | tei:lg | tei:head | tei:sp | tei:spGrp | tei:div | tei:div1 | tei:div2
      | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7 | tei:opener | tei:closer | tei:dateline | tei:salute
      | tei:signed | tei:byline | tei:docAuthor | tei:docImprint | tei:docDate | tei:docEdition | tei:docTitle
      | tei:titlePart | tei:titlePage | tei:trailer | tei:imprimatur | tei:epigraph | tei:argument | tei:postscript
      | tei:floatingText | tei:text | tei:body | tei:front | tei:back | tei:group | tei:address | tei:addrLine
      | tei:label | tei:item | tei:castList | tei:castItem | tei:castGroup | tei:list | tei:listBibl | tei:listPerson
      | tei:listPlace | tei:listOrg | tei:listEvent | tei:person | tei:personGrp | tei:place | tei:org | tei:event
      | tei:table | tei:row | tei:cell | tei:figure | tei:cit" mode="tkp:inline">
    <span>
      <xsl:sequence select="tkp:attributes(., (local-name(), 'as-block'[not(current()/self::tei:label or current()/self::tei:cit)]))"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
