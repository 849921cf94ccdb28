<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI → one METS 1.12.1 document binding the TEI file and its renderings (teikit export mets).

    metsHdr     CREATEDATE: $source-date (SOURCE_DATE_EPOCH) when given, else the newest date the
                TEI gives for itself (revisionDesc changes, publicationStmt dates), else none;
                the software as CREATOR agent
    dmdSec      the MODS record of tei-to-mods.xsl; when the caller names one, a second dmdSec with an
                mdRef to the document's Dublin Core record (its size and SHA-256 as for files)
    fileSec     one fileGrp per use (MASTER: the TEI; HTML, TEXT, PDF), each file with its media
                type, size and SHA-256 checksum and an FLocat whose xlink:href is relative to the
                METS file; the caller measures the files and passes them as $files
    structMap   one div for the document, pointing to every file, and one div per page break of
                the text (ORDER, ORDERLABEL = pb/@n), pointing into the TEI at the pb's xml:id

  Ids are fixed names or positions; nothing reads the clock: the same files give the same bytes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:mets="http://www.loc.gov/METS/"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="tei-to-mods.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:mode name="tkp:page" on-no-match="fail" on-multiple-match="fail"/>

  <!--
    The files, in the order of their groups: maps with the keys use (MASTER, HTML, TEXT, PDF; DC for
    the Dublin Core record), mimetype, size, checksum (SHA-256, hex) and href (relative to the METS file).
  -->
  <xsl:param name="files" as="map(xs:string, xs:string)*" select="()"/>
  <!-- the document's name in its collection (its path without extension), the id of last resort -->
  <xsl:param name="document-name" as="xs:string" select="''"/>
  <!-- SOURCE_DATE_EPOCH as a date-time, when the caller was given one -->
  <xsl:param name="source-date" as="xs:dateTime?" select="()"/>
  <xsl:param name="software" as="xs:string" select="'teikit'"/>

  <xsl:variable name="tkp:schema-locations" as="xs:string" select="'http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd '
      || 'http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-8.xsd'"/>

  <xsl:template match="/">
    <xsl:variable name="create-date" as="xs:dateTime?" select="($source-date, tk:document-date(.))[1]"/>
    <xsl:variable name="master" as="xs:string?" select="$files[?use = 'MASTER'][1] ! tkp:file-id(.)"/>
    <xsl:variable name="content-files" as="map(xs:string, xs:string)*" select="$files[?use ne 'DC']"/>
    <xsl:variable name="dc" as="map(xs:string, xs:string)?" select="$files[?use = 'DC'][1]"/>
    <mets:mets OBJID="{(tk:local-identifier(.), $document-name)[1]}" LABEL="{tk:title(.)}"
        xsi:schemaLocation="{$tkp:schema-locations}">
      <xsl:namespace name="mods" select="'http://www.loc.gov/mods/v3'"/>
      <xsl:namespace name="xlink" select="'http://www.w3.org/1999/xlink'"/>
      <xsl:for-each select="tk:genre(.)">
        <xsl:attribute name="TYPE" select="."/>
      </xsl:for-each>
      <mets:metsHdr>
        <xsl:if test="exists($create-date)">
          <xsl:attribute name="CREATEDATE" select="$create-date"/>
        </xsl:if>
        <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
          <mets:name>{$software}</mets:name>
        </mets:agent>
      </mets:metsHdr>
      <mets:dmdSec ID="dmd-mods">
        <mets:mdWrap MDTYPE="MODS" MDTYPEVERSION="3.8" MIMETYPE="application/mods+xml">
          <mets:xmlData>
            <xsl:apply-templates select="." mode="tk:mods"/>
          </mets:xmlData>
        </mets:mdWrap>
      </mets:dmdSec>
      <xsl:for-each select="$dc">
        <mets:dmdSec ID="dmd-dc">
          <mets:mdRef LOCTYPE="URL" MDTYPE="DC" MIMETYPE="{?mimetype}" SIZE="{?size}" CHECKSUM="{?checksum}"
              CHECKSUMTYPE="SHA-256" xlink:href="{?href}"/>
        </mets:dmdSec>
      </xsl:for-each>
      <xsl:if test="exists($content-files)">
        <mets:fileSec>
          <xsl:for-each-group select="$content-files" group-by="?use">
            <mets:fileGrp USE="{current-grouping-key()}">
              <xsl:for-each select="current-group()">
                <mets:file ID="{tkp:file-id(.)}" MIMETYPE="{?mimetype}" SIZE="{?size}" CHECKSUM="{?checksum}" CHECKSUMTYPE="SHA-256">
                  <mets:FLocat LOCTYPE="URL" xlink:href="{?href}"/>
                </mets:file>
              </xsl:for-each>
            </mets:fileGrp>
          </xsl:for-each-group>
        </mets:fileSec>
      </xsl:if>
      <mets:structMap TYPE="PHYSICAL">
        <mets:div ID="div-document" TYPE="{(tk:genre(.), 'document')[1]}" LABEL="{tk:title(.)}"
            DMDID="{string-join(('dmd-mods', 'dmd-dc'[exists($dc)]), ' ')}">
          <xsl:for-each select="$content-files">
            <mets:fptr FILEID="{tkp:file-id(.)}"/>
          </xsl:for-each>
          <xsl:apply-templates select="tk:texts(.)//tei:pb[not(ancestor::tei:note)]" mode="tkp:page">
            <xsl:with-param name="master" select="$master"/>
          </xsl:apply-templates>
        </mets:div>
      </mets:structMap>
    </mets:mets>
  </xsl:template>

  <!-- a page: its place among the pages, its printed number, and where it begins in the TEI -->
  <xsl:template match="tei:pb" mode="tkp:page">
    <xsl:param name="master" as="xs:string?" required="yes"/>
    <xsl:variable name="number" as="xs:string" select="normalize-space(@n)"/>
    <mets:div ID="page-{position()}" TYPE="page" ORDER="{position()}">
      <xsl:if test="$number">
        <xsl:attribute name="ORDERLABEL" select="$number"/>
        <xsl:attribute name="LABEL" select="'Page ' || $number"/>
      </xsl:if>
      <xsl:if test="@xml:id and exists($master)">
        <mets:fptr>
          <mets:area FILEID="{$master}" BETYPE="IDREF" BEGIN="{@xml:id}"/>
        </mets:fptr>
      </xsl:if>
    </mets:div>
  </xsl:template>

  <xsl:function name="tkp:file-id" as="xs:string">
    <xsl:param name="file" as="map(xs:string, xs:string)"/>
    <xsl:sequence select="'file-' || lower-case($file?use)"/>
  </xsl:function>

  <!--
    The newest date the TEI gives for itself: its revisions and its publication, as UTC date-times
    (a day counts from midnight; a value without a zone is read as UTC, so the machine's zone never
    matters). Years and months alone are too coarse for a date-time and are passed over.
  -->
  <xsl:function name="tk:document-date" as="xs:dateTime?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="tk:header($node)"/>
    <xsl:sequence select="max(($header/tei:revisionDesc//tei:change/@when, $header/tei:fileDesc/tei:publicationStmt/tei:date/@when)
        ! tkp:utc-date-time(normalize-space(.)))"/>
  </xsl:function>

  <xsl:function name="tkp:utc-date-time" as="xs:dateTime?">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="utc" as="xs:dayTimeDuration" select="xs:dayTimeDuration('PT0S')"/>
    <xsl:sequence select="
        if ($value castable as xs:dateTime) then adjust-dateTime-to-timezone(xs:dateTime($value), $utc)
        else if ($value castable as xs:date) then adjust-dateTime-to-timezone(dateTime(xs:date($value), xs:time('00:00:00')), $utc)
        else ()"/>
  </xsl:function>

</xsl:stylesheet>
