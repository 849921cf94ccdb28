<?xml version="1.0" encoding="UTF-8"?>
<!--
  The phrase level in mode tkp:fo: highlighting, names and dates, editorial interventions, links,
  line breaks and empty milestones. Text is printed as it stands: teikit adds no quotation marks;
  it adds brackets only where an editor's convention asks for them (supplied text, gaps).
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

  <!-- printed as they stand, with their @rend -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:date | tei:time
      | tei:num | tei:measure | tei:measureGrp | tei:geogName | tei:geogFeat | tei:roleName | tei:forename
      | tei:surname | tei:addName | tei:genName | tei:nameLink | tei:settlement | tei:country | tei:region
      | tei:bloc | tei:district | tei:street | tei:postCode | tei:postBox | tei:offset | tei:objectName
      | tei:c | tei:g | tei:w | tei:pc | tei:s | tei:seg | tei:phr | tei:cl | tei:m | tei:unit | tei:span
      | tei:orig | tei:reg | tei:sic | tei:corr | tei:abbr | tei:expan | tei:am | tei:subst | tei:restore
      | tei:damage | tei:retrace | tei:mod | tei:redo | tei:undo | tei:metamark | tei:secl | tei:add
      | tei:unclear | tei:gloss | tei:desc | tei:idno | tei:origDate
      | tei:origPlace | tei:affiliation | tei:age | tei:education | tei:faith | tei:nationality
      | tei:occupation | tei:residence | tei:socecStatus | tei:langKnowledge | tei:floruit | tei:state
      | tei:trait | tei:lang | tei:label | tei:headLabel | tei:headItem | tei:lem | tei:wit | tei:distinct"
      mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <!-- a label standing between blocks (not in a list, which prints its labels itself) -->
  <xsl:template match="tei:label[tkp:in-block(.)]" mode="tkp:fo" priority="1">
    <fo:block font-weight="bold" keep-with-next.within-page="always">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- italic unless their @rend says otherwise -->
  <xsl:template match="tei:emph | tei:foreign | tei:title | tei:term | tei:mentioned | tei:soCalled | tei:ex
      | tei:hi[not(@rend | @rendition)]" mode="tkp:fo">
    <fo:inline font-style="italic">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <!-- the title of an article or an unpublished work is not italic -->
  <xsl:template match="tei:title[@level = ('a', 'u')]" mode="tkp:fo" priority="1">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:hi[@rend | @rendition]" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:del" mode="tkp:fo">
    <fo:inline text-decoration="line-through" color="#555555">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:choice" mode="tkp:fo">
    <xsl:apply-templates select="tk:choice-reading(.)" mode="tkp:fo"/>
  </xsl:template>

  <!-- editorial conventions: supplied text in square brackets, a gap as an ellipsis in brackets -->
  <xsl:template match="tei:supplied" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>[<xsl:apply-templates mode="tkp:fo"/>]</fo:inline>
  </xsl:template>

  <xsl:template match="tei:gap" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.)"/>[…]</fo:inline>
  </xsl:template>

  <!-- a space left in the source: a space, so that words do not run together -->
  <xsl:template match="tei:space" mode="tkp:fo">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:caesura" mode="tkp:fo">
    <xsl:text>&#x2003;</xsl:text>
  </xsl:template>

  <!-- code and markup -->
  <xsl:template match="tei:code | tei:ident | tei:val | tei:email | tei:formula" mode="tkp:fo">
    <fo:inline font-family="{$tkp:mono-fonts}" font-size="90%">
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:gi | tei:tag | tei:att" mode="tkp:fo">
    <fo:inline font-family="{$tkp:mono-fonts}" font-size="90%">
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:value-of select="(self::tei:gi ! ('&lt;' || . || '&gt;'), self::tei:att ! ('@' || .), string(.))[1]"/>
    </fo:inline>
  </xsl:template>

  <!-- links: to a place in the document, to the web, or printed as they stand -->

  <xsl:template match="tei:ref" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
      <xsl:if test="not(normalize-space()) and not(*)">{@target}</xsl:if>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:ref[tkp:local-target(@target)]" mode="tkp:fo" priority="1">
    <fo:basic-link internal-destination="{tkp:local-target(@target)}">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
      <xsl:if test="not(normalize-space()) and not(*)">{@target}</xsl:if>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="tei:ref[tkp:external-target(@target)]" mode="tkp:fo" priority="2">
    <fo:basic-link external-destination="url('{tkp:external-target(@target)}')">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
      <xsl:if test="not(normalize-space()) and not(*)">{@target}</xsl:if>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="tei:ptr" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.)"/>{@target}</fo:inline>
  </xsl:template>

  <xsl:template match="tei:ptr[tkp:local-target(@target)]" mode="tkp:fo" priority="1">
    <fo:basic-link internal-destination="{tkp:local-target(@target)}">
      <xsl:sequence select="tkp:id(.)"/>p. <fo:page-number-citation ref-id="{tkp:local-target(@target)}"/>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="tei:ptr[tkp:external-target(@target)]" mode="tkp:fo" priority="2">
    <fo:basic-link external-destination="url('{tkp:external-target(@target)}')">
      <xsl:sequence select="tkp:id(.)"/>{tkp:external-target(@target)}</fo:basic-link>
  </xsl:template>

  <!-- line breaks and points without extent -->

  <xsl:template match="tei:lb" mode="tkp:fo">
    <fo:block>
      <xsl:sequence select="tkp:id(.)"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:anchor | tei:milestone | tei:handShift | tei:cb | tei:gb" mode="tkp:fo">
    <xsl:if test="tkp:id(.)">
      <fo:inline>
        <xsl:sequence select="tkp:id(.)"/>
      </fo:inline>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
