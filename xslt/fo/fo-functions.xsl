<?xml version="1.0" encoding="UTF-8"?>
<!--
  Helpers of the FO stylesheet: fonts, the context an element stands in (block or running text),
  FO ids from xml:id, @rend as FO properties, plain text of an element (mode tkp:plain). What every
  output shares (titles, @rend names, choice readings, notes, dates) comes from xslt/common/.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- FOP picks, character by character, the first family of the list that has the glyph: Sans covers
       more of Unicode (symbols, Armenian, Georgian, Hebrew, Arabic …) than Serif -->
  <xsl:variable name="tkp:text-fonts" as="xs:string" select="'DejaVu Serif, DejaVu Sans'"/>
  <xsl:variable name="tkp:heading-fonts" as="xs:string" select="'DejaVu Sans, DejaVu Serif'"/>
  <xsl:variable name="tkp:mono-fonts" as="xs:string" select="'DejaVu Sans Mono, DejaVu Sans'"/>

  <!-- elements whose content is running text: what stands in them is never a block of its own -->
  <xsl:variable name="tkp:phrase-parents" as="xs:string*" select="('p', 'ab', 'l', 'head', 'hi', 'emph', 'seg',
      's', 'title', 'foreign', 'term', 'q', 'said', 'label', 'persName', 'placeName', 'orgName', 'name', 'rs',
      'date', 'ref', 'add', 'del', 'supplied', 'unclear', 'corr', 'sic', 'reg', 'orig', 'abbr', 'expan',
      'dateline', 'salute', 'signed', 'byline', 'docAuthor', 'docImprint', 'docDate', 'titlePart', 'speaker',
      'stage', 'mentioned', 'soCalled', 'gloss', 'w', 'c', 'pc', 'phr', 'cl', 'bibl', 'incipit', 'explicit',
      'rubric', 'finalRubric', 'colophon', 'locus', 'castItem', 'role', 'roleDesc')"/>

  <!-- what the normalised @rend names (tk:rend, common/inline.xsl) ask for, as FO properties;
       other names change nothing -->
  <xsl:variable name="tkp:rend-properties" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'italic': map {'font-style': 'italic'}, 'roman': map {'font-style': 'normal'},
      'bold': map {'font-weight': 'bold'},
      'sup': map {'baseline-shift': 'super', 'font-size': '70%'},
      'sub': map {'baseline-shift': 'sub', 'font-size': '70%'},
      'underline': map {'text-decoration': 'underline'}, 'strike': map {'text-decoration': 'line-through'},
      'smallcaps': map {'font-size': '88%', 'letter-spacing': '0.04em'},
      'spaced': map {'letter-spacing': '0.15em'},
      'large': map {'font-size': '120%'}, 'small': map {'font-size': '85%'},
      'center': map {'text-align': 'center'}, 'right': map {'text-align': 'end'}, 'left': map {'text-align': 'start'},
      'indent': map {'text-indent': '1.5em'}, 'noindent': map {'text-indent': '0em'},
      'mono': map {'font-family': 'DejaVu Sans Mono, DejaVu Sans'}
      }"/>

  <xsl:key name="tkp:by-id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- xml:id as the FO id, where it can be one: an NCName, and the first element that has it -->
  <xsl:function name="tkp:id" as="attribute(id)?">
    <xsl:param name="element" as="element()"/>
    <xsl:for-each select="$element/@xml:id[tkp:usable-id(..)]">
      <xsl:attribute name="id" select="."/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="tkp:usable-id" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="id" as="xs:string" select="string($element/@xml:id)"/>
    <xsl:sequence select="$id castable as xs:NCName and root($element) instance of document-node()
        and key('tkp:by-id', $id, root($element))[1] is $element"/>
  </xsl:function>

  <!-- the id a pointer (#id) leads to, when that element is printed with its id -->
  <xsl:function name="tkp:local-target" as="xs:string?">
    <xsl:param name="pointer" as="attribute()?"/>
    <xsl:variable name="first" as="xs:string?" select="tokenize(normalize-space($pointer), ' ')[1]"/>
    <xsl:variable name="target" as="element()?"
        select="if (starts-with($first, '#') and root($pointer) instance of document-node())
            then key('tkp:by-id', substring($first, 2), root($pointer))[1] else ()"/>
    <xsl:sequence select="$target[ancestor::tei:text][tkp:usable-id(.)][tkp:printed(.)]/string(@xml:id)"/>
  </xsl:function>

  <!-- false for what the rendering leaves out: the readings of a choice not shown -->
  <xsl:function name="tkp:printed" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="every $c in $element/ancestor-or-self::*[parent::tei:choice]
        satisfies $c is tk:choice-reading($c/..)"/>
  </xsl:function>

  <!-- an absolute URL a pointer leads to outside the document -->
  <xsl:function name="tkp:external-target" as="xs:string?">
    <xsl:param name="pointer" as="attribute()?"/>
    <xsl:sequence select="tokenize(normalize-space($pointer), ' ')[1][matches(., '^(https?|mailto):')]"/>
  </xsl:function>

  <!-- true where an element stands between blocks (in a div, a body, a list …), false in running text -->
  <xsl:function name="tkp:in-block" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="empty($element/../text()[normalize-space()])
        and not($element/parent::tei:*/local-name() = $tkp:phrase-parents)"/>
  </xsl:function>

  <!-- @rend as FO attributes, in a fixed order -->
  <xsl:function name="tkp:rend" as="attribute()*">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="properties" as="map(*)"
        select="map:merge(tk:rend($element) ! $tkp:rend-properties(.), map {'duplicates': 'use-last'})"/>
    <xsl:for-each select="sort(map:keys($properties))">
      <xsl:attribute name="{.}" select="$properties(current())"/>
    </xsl:for-each>
  </xsl:function>

  <!-- the language of a document (tk:language: the TEI's, its text's, its header's, else English) -->
  <xsl:function name="tkp:language" as="attribute()?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="language" as="xs:string" select="tk:language($node)"/>
    <xsl:if test="matches($language, '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$')">
      <xsl:attribute name="xml:lang" select="$language"/>
    </xsl:if>
  </xsl:function>

  <!-- the heading that states the title, when the text begins with one (teikit's documents) -->
  <xsl:function name="tkp:title-heading" as="element(tei:head)?">
    <xsl:param name="tei" as="element()?"/>
    <xsl:variable name="title" as="xs:string" select="string($tei ! tk:title(.))"/>
    <xsl:sequence select="($tei/tei:text//tei:div[@type = 'document'])[1]/tei:head[1]
        [$title and ends-with(tkp:plain(.), $title)]"/>
  </xsl:function>

  <xsl:function name="tkp:heading-level" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="min((6, 1 + count($head/ancestor::*[tkp:is-division(.)])))"/>
  </xsl:function>

  <xsl:function name="tkp:is-division" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/(self::tei:div | self::tei:div1 | self::tei:div2 | self::tei:div3
        | self::tei:div4 | self::tei:div5 | self::tei:div6 | self::tei:div7))"/>
  </xsl:function>

  <!-- the text of nodes as one normalised string, as printed but without notes and page markers -->
  <xsl:function name="tkp:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="tkp:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <xsl:function name="tkp:shorten" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:sequence select="if (string-length($text) le $max) then $text
        else replace(substring($text, 1, $max - 1), '\s+\S*$', '') || '…'"/>
  </xsl:function>

  <xsl:template match="tei:note | tei:pb | tei:fw | tei:del | tei:figDesc | tei:teiHeader" mode="tkp:plain"/>

  <xsl:template match="tei:lb" mode="tkp:plain" as="xs:string">
    <xsl:sequence select="' '"/>
  </xsl:template>

  <xsl:template match="tei:lb[@break = 'no']" mode="tkp:plain"/>

  <xsl:template match="tei:choice" mode="tkp:plain">
    <xsl:apply-templates select="tk:choice-reading(.)" mode="tkp:plain"/>
  </xsl:template>

</xsl:stylesheet>
