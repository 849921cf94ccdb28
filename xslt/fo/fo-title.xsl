<?xml version="1.0" encoding="UTF-8"?>
<!--
  The title block and the document's metadata.

  The title block: the title, subtitles and authors (teiHeader/fileDesc/titleStmt), then the
  correspondence, one line per role: "From: Department of State", "To: Secretary of State Shultz
  (Singapore)", with dates as common/correspondence.xsl reads them (the header's correspDesc, else
  the document's heading and dateline).

  The metadata: XMP in fo:declarations, the form XSL-FO processors take it in (dc:title, dc:creator,
  dc:description for the subject, pdf:Keywords, dc:language).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- the roles of correspondence, in the order printed, with their labels -->
  <xsl:variable name="tkp:roles" as="xs:string+" select="('sent', 'received', 'transmitted', 'forwarded', 'redirected')"/>
  <xsl:variable name="tkp:role-labels" as="map(xs:string, xs:string)" select="map {
      'sent': 'From', 'received': 'To', 'transmitted': 'Transmitted by', 'forwarded': 'Forwarded to',
      'redirected': 'Redirected to'}"/>

  <xsl:template name="tkp:title-block">
    <xsl:param name="tei" as="element()" required="yes"/>
    <xsl:param name="with-title" as="xs:boolean" required="yes"/>
    <xsl:variable name="lines" as="element(fo:list-item)*">
      <xsl:apply-templates select="$tkp:roles" mode="tkp:title-block">
        <xsl:with-param name="tei" select="$tei"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:if test="$with-title or exists($lines)">
      <fo:block space-after="12pt">
        <xsl:if test="$with-title">
          <fo:block role="H1" font-family="{$tkp:heading-fonts}" font-weight="bold" font-size="{$font-size * 1.6}pt"
              line-height="1.2" space-after="4pt" keep-with-next.within-page="always">{tk:title($tei)}</fo:block>
          <xsl:for-each select="tk:subtitles($tei)">
            <fo:block font-family="{$tkp:heading-fonts}" font-size="{$font-size * 1.2}pt" space-after="3pt">{.}</fo:block>
          </xsl:for-each>
          <xsl:if test="exists(tk:authors($tei))">
            <fo:block font-style="italic" space-after="3pt">{string-join(tk:authors($tei), '; ')}</fo:block>
          </xsl:if>
        </xsl:if>
        <xsl:if test="exists($lines)">
          <fo:list-block provisional-distance-between-starts="8.5em" provisional-label-separation="0.5em"
              font-size="{$font-size * 0.9}pt" space-before="4pt" border-before-style="solid"
              border-before-width="0.4pt" border-before-color="#999999" padding-before="3pt">
            <xsl:sequence select="$lines"/>
          </fo:list-block>
        </xsl:if>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:mode name="tkp:title-block" on-no-match="fail" on-multiple-match="fail"/>

  <!-- one line per role that names someone, somewhere or a date -->
  <xsl:template match="." mode="tkp:title-block">
    <xsl:param name="tei" as="element()" required="yes"/>
    <xsl:variable name="value" as="xs:string" select="tkp:correspondence($tei, .)"/>
    <xsl:if test="$value">
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block font-family="{$tkp:heading-fonts}" font-weight="bold">{$tkp:role-labels(current())}:</fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block>{$value}</fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </xsl:if>
  </xsl:template>

  <!-- "Secretary of State Shultz (Singapore), 24 June 1986, 23:46 UTC" -->
  <xsl:function name="tkp:correspondence" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:variable name="who" as="xs:string?" select="string-join(tkp:correspondents($tei, $role), '; ')[.]"/>
    <xsl:variable name="where" as="xs:string?" select="string-join(tk:correspondence-places($tei, $role), ', ')[.]"/>
    <xsl:variable name="when" as="xs:string*" select="tk:correspondence-dates($tei, $role) ! tk:date-label(.)[.]"/>
    <xsl:sequence select="string-join((if ($who and $where) then $who || ' (' || $where || ')' else ($who, $where), $when), ', ')"/>
  </xsl:function>

  <!-- who: tk:correspondents for the sender and the addressee (it also reads teikit's headings), the
       names of the header for the other roles -->
  <xsl:function name="tkp:correspondents" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="if ($role = ('sent', 'received')) then tk:correspondents($tei, $role)
        else tk:correspondence-actions($tei, $role)/(tei:persName | tei:orgName | tei:name | tei:rs) ! tkp:plain(.)[.]"/>
  </xsl:function>

  <!-- metadata -->

  <xsl:template name="tkp:declarations">
    <xsl:param name="tei" as="element()" required="yes"/>
    <xsl:variable name="creators" as="xs:string*"
        select="if (exists(tk:authors($tei))) then tk:authors($tei) else tk:correspondents($tei, 'sent')"/>
    <xsl:variable name="subject" as="xs:string" select="tkp:subject($tei)"/>
    <xsl:variable name="keywords" as="xs:string*"
        select="distinct-values(tk:header($tei)/tei:profileDesc/tei:textClass/tei:keywords//tei:term ! tkp:plain(.)[.])"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title>{tk:title($tei)}</dc:title>
            <xsl:if test="exists($creators)">
              <dc:creator>{string-join($creators, '; ')}</dc:creator>
            </xsl:if>
            <xsl:if test="$subject">
              <dc:description>{$subject}</dc:description>
            </xsl:if>
            <dc:language>{tk:language($tei)}</dc:language>
          </rdf:Description>
          <xsl:if test="exists($keywords)">
            <rdf:Description rdf:about="">
              <pdf:Keywords>{string-join($keywords, ', ')}</pdf:Keywords>
            </rdf:Description>
          </xsl:if>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <!-- "Telegram from Department of State to Secretary of State Shultz (Singapore)" -->
  <xsl:function name="tkp:subject" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="kind" as="xs:string?" select="tk:document-kind($tei) ! tk:kind-label(.)"/>
    <xsl:variable name="from" as="xs:string" select="tkp:correspondence($tei, 'sent')"/>
    <xsl:variable name="to" as="xs:string" select="tkp:correspondence($tei, 'received')"/>
    <xsl:variable name="words" as="xs:string" select="normalize-space(string-join((
        $kind, ('from ' || $from)[$from], ('to ' || $to)[$to]), ' '))"/>
    <xsl:sequence select="upper-case(substring($words, 1, 1)) || substring($words, 2)"/>
  </xsl:function>

</xsl:stylesheet>
