<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pages: A4 or US Letter, a first page without running head, then pages whose head carries the
  document (its number and title) on the left and the current section on the right, both taken from
  fo:markers set by the flow; the page number at the foot; a short rule over the footnotes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- page width, height and margins (top, bottom, inner, outer) -->
  <xsl:variable name="tkp:page-sizes" as="map(xs:string, xs:string+)" select="map {
      'a4': ('210mm', '297mm', '18mm', '16mm', '25mm', '25mm'),
      'letter': ('8.5in', '11in', '0.7in', '0.6in', '1in', '1in')
      }"/>

  <xsl:variable name="tkp:page" as="xs:string+"
      select="if (map:contains($tkp:page-sizes, lower-case($page-size))) then $tkp:page-sizes(lower-case($page-size))
          else error(xs:QName('tkp:page-size'), 'page-size is ' || $page-size || ': expected A4 or Letter')"/>

  <xsl:template name="tkp:layout-master-set">
    <fo:layout-master-set>
      <xsl:for-each select="('tk-first', 'tk-page')">
        <fo:simple-page-master master-name="{.}" page-width="{$tkp:page[1]}" page-height="{$tkp:page[2]}"
            margin-top="{$tkp:page[3]}" margin-bottom="{$tkp:page[4]}" margin-left="{$tkp:page[5]}"
            margin-right="{$tkp:page[6]}">
          <fo:region-body margin-top="12mm" margin-bottom="12mm"/>
          <fo:region-before region-name="{if (. = 'tk-first') then 'tk-first-head' else 'tk-running-head'}" extent="8mm"/>
          <fo:region-after region-name="tk-page-foot" extent="8mm"/>
        </fo:simple-page-master>
      </xsl:for-each>
      <fo:page-sequence-master master-name="tk-pages">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="tk-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="tk-page" page-position="rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="tkp:static-content">
    <fo:static-content flow-name="tk-running-head">
      <fo:block font-family="{$tkp:heading-fonts}" font-size="{$font-size * 0.75}pt" color="#444444"
          text-align-last="justify" border-after-style="solid" border-after-width="0.4pt"
          border-after-color="#999999" padding-after="1.5pt">
        <fo:retrieve-marker retrieve-class-name="tk-document" retrieve-position="first-including-carryover"
            retrieve-boundary="page-sequence"/>
        <fo:leader leader-pattern="space"/>
        <fo:retrieve-marker retrieve-class-name="tk-section" retrieve-position="first-including-carryover"
            retrieve-boundary="page-sequence"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="tk-page-foot">
      <fo:block font-family="{$tkp:heading-fonts}" font-size="{$font-size * 0.8}pt" text-align="center">
        <fo:page-number/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-footnote-separator">
      <fo:block end-indent="70%" space-before="4pt">
        <fo:leader leader-pattern="rule" leader-length.optimum="100%" rule-thickness="0.5pt" color="#666666"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

</xsl:stylesheet>
