<?xml version="1.0" encoding="UTF-8"?>
<!--
  Running text, for every output: what @rend asks for (normalised to a small vocabulary), which
  reading of a choice is shown, where a link points.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- the @rend values of real projects, each mapped to one name; other values keep their own -->
  <xsl:variable name="tkp:rend-aliases" as="map(xs:string, xs:string)" select="map {
      'italic': 'italic', 'italics': 'italic', 'i': 'italic', 'it': 'italic', 'ital': 'italic', 'slanted': 'italic',
      'oblique': 'italic', 'em': 'italic',
      'bold': 'bold', 'b': 'bold', 'strong': 'bold', 'bf': 'bold', 'fett': 'bold',
      'sup': 'sup', 'superscript': 'sup', 'super': 'sup', 'sup.': 'sup', 'hochgestellt': 'sup',
      'sub': 'sub', 'subscript': 'sub', 'tiefgestellt': 'sub',
      'smallcaps': 'smallcaps', 'small-caps': 'smallcaps', 'small_caps': 'smallcaps', 'smcap': 'smallcaps',
      'smcaps': 'smallcaps', 'sc': 'smallcaps', 'kapitaelchen': 'smallcaps',
      'underline': 'underline', 'underlined': 'underline', 'u': 'underline', 'ul': 'underline',
      'doubleunderline': 'underline', 'double-underline': 'underline',
      'strikethrough': 'strike', 'strike': 'strike', 'overstrike': 'strike', 'line-through': 'strike',
      'struck': 'strike', 'strikeThrough': 'strike',
      'caps': 'uppercase', 'allcaps': 'uppercase', 'uppercase': 'uppercase', 'upper': 'uppercase',
      'spaced': 'spaced', 'letterspace': 'spaced', 'letterspaced': 'spaced', 'letter-spaced': 'spaced',
      'gesperrt': 'spaced', 'spacing': 'spaced', 'spaced-out': 'spaced',
      'center': 'center', 'centre': 'center', 'centered': 'center', 'centred': 'center', 'align-center': 'center',
      'right': 'right', 'align-right': 'right', 'flushright': 'right',
      'left': 'left', 'align-left': 'left', 'flushleft': 'left',
      'indent': 'indent', 'noindent': 'noindent', 'no-indent': 'noindent',
      'block': 'block', 'blockquote': 'block', 'display': 'block', 'inline': 'inline',
      'gothic': 'gothic', 'fraktur': 'gothic', 'blackletter': 'gothic',
      'large': 'large', 'larger': 'large', 'big': 'large', 'small': 'small', 'smaller': 'small',
      'monospace': 'mono', 'typewriter': 'mono', 'tt': 'mono', 'code': 'mono',
      'roman': 'roman', 'normal': 'roman', 'upright': 'roman'
    }"/>

  <!-- the @rend of an element as normalised names, in order, without repeats -->
  <xsl:function name="tk:rend" as="xs:string*">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="distinct-values(tokenize($element/@rend) ! ($tkp:rend-aliases(.), $tkp:rend-aliases(lower-case(.)), tkp:token(.))[1])"/>
  </xsl:function>

  <!-- a value as a class name or id part: anything but letters, digits, "_" and "-" becomes "-" -->
  <xsl:function name="tkp:token" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="replace($value, '[^\p{L}\p{Nd}_-]+', '-')"/>
  </xsl:function>

  <!-- the reading a choice shows: the correction, the expansion, the regularisation, else its first -->
  <xsl:function name="tk:choice-reading" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="($choice/tei:corr, $choice/tei:expan, $choice/tei:reg, $choice/*)[1]"/>
  </xsl:function>

  <!-- the readings a choice does not show -->
  <xsl:function name="tk:choice-alternatives" as="element()*">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="$choice/* except tk:choice-reading($choice)"/>
  </xsl:function>

  <!-- where a ref, ptr or link points: the first URI of @target (a local one keeps its "#id") -->
  <xsl:function name="tk:link-target" as="xs:string?">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="tokenize($element/@target)[1]"/>
  </xsl:function>

  <!-- the element a local "#id" points to in the same tree, if any -->
  <xsl:function name="tk:local-target" as="element()?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="if (starts-with($target, '#') and root($context) instance of document-node())
        then id(substring($target, 2), $context)[1] else ()"/>
  </xsl:function>

  <!-- whether a quotation's text brings its own quotation marks (so that none are added) -->
  <xsl:function name="tk:has-own-quotation-marks" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="matches(substring(normalize-space(substring(string($element), 1, 40)), 1, 1), '[&quot;''“”„‘’‚«»‹›「『]')"/>
  </xsl:function>

</xsl:stylesheet>
