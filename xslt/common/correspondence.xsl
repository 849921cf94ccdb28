<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the teiHeader says about a document, for every output: its title, number and kind, who
  wrote to whom, where and when (profileDesc/correspDesc). Where the header is silent (a bare FRUS
  div, a header without correspDesc) the values come from the document's div: its @n and
  @subtype, the "247. Telegram From X to Y" of its head, the place and date of its dateline, and
  FRUS's frus:doc-dateTime-min/max.

  Every function takes any node of the document. Values are strings (names, places) or the TEI
  date elements themselves (an output decides how to show them with tk:date-label and tk:date-value).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- "247. Telegram From the Department of State to Secretary of State Shultz in Singapore" -->
  <xsl:variable name="tkp:heading-pattern" as="xs:string"
      select="'^(\d+[A-Za-z]?\.\s+)?(.+?)\s+From\s+(.+?)\s+to\s+(.+)$'"/>

  <!--
    The document's title: the header's main title (type="main", else the analytic level="a" one,
    else an untyped one that is not a series', else one that is no subtitle or short title), else
    the document's heading, else the text's first heading, else "".
  -->
  <xsl:function name="tk:title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="titles" as="element(tei:title)*" select="tk:header($node)/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:variable name="document" as="element(tei:div)?" select="tk:document-div($node)"/>
    <xsl:sequence select="string((($titles[@type = 'main'], $titles[@level = 'a'], $titles[not(@type)][not(@level = ('s', 'j'))],
        $titles[not(@type = ('sub', 'short', 'desc', 'iso-date'))], $titles)[1] ! tk:plain-text(.),
        $document/tei:head[1] ! tk:plain-text(.),
        (tk:texts($node)//tei:head)[1] ! tk:plain-text(.))[.][1])"/>
  </xsl:function>

  <xsl:function name="tk:subtitles" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="tk:header($node)/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'] ! tk:plain-text(.)"/>
  </xsl:function>

  <xsl:function name="tk:authors" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="tk:header($node)/tei:fileDesc/tei:titleStmt/tei:author ! tk:plain-text(.)[.]"/>
  </xsl:function>

  <!-- the document's number: its div's @n, else the number its heading starts with -->
  <xsl:function name="tk:document-number" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="document" as="element(tei:div)?" select="tk:document-div($node)"/>
    <xsl:variable name="heading" as="xs:string" select="string($document/tei:head[1] ! tk:plain-text(.))"/>
    <xsl:sequence select="(normalize-space($document/@n)[.],
        replace($heading, '^(\d+[A-Za-z]?)\.\s.*$', '$1')[matches($heading, '^\d+[A-Za-z]?\.\s')])[1]"/>
  </xsl:function>

  <!-- the kind of document as a token ("telegram", "memorandum-of-conversation") -->
  <xsl:function name="tk:document-kind" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="document" as="element(tei:div)?" select="tk:document-div($node)"/>
    <xsl:sequence select="(
        tk:header($node)/tei:profileDesc/tei:textClass/tei:keywords/tei:term[@type = 'document-kind'] ! normalize-space(),
        normalize-space($document/@subtype)[not(. = 'historical-document')],
        $document/tei:head[1] ! tkp:kind-from-heading(tk:plain-text(.)))[.][1]"/>
  </xsl:function>

  <!-- a kind token as words: "memorandum-of-conversation" becomes "memorandum of conversation" -->
  <xsl:function name="tk:kind-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="translate($kind, '-_', '  ')"/>
  </xsl:function>

  <xsl:function name="tkp:kind-from-heading" as="xs:string?">
    <xsl:param name="heading" as="xs:string"/>
    <xsl:variable name="words" as="xs:string" select="replace($heading, '^\d+[A-Za-z]?\.\s+', '')"/>
    <xsl:sequence select="
        if (matches($words, $tkp:heading-pattern)) then tkp:kind-token(replace($words, $tkp:heading-pattern, '$2'))
        else if (count(tokenize($words)) le 4) then tkp:kind-token($words)
        else ()"/>
  </xsl:function>

  <xsl:function name="tkp:kind-token" as="xs:string">
    <xsl:param name="words" as="xs:string"/>
    <xsl:sequence select="lower-case(replace(normalize-space($words), '\s', '-'))"/>
  </xsl:function>

  <!-- the correspondence actions of a role: "sent" or "received" (also "forwarded", "redirected") -->
  <xsl:function name="tk:correspondence-actions" as="element(tei:correspAction)*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="tk:header($node)/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = $role]"/>
  </xsl:function>

  <!-- who sent or received: the names in the header, else the "From X to Y" of the document's heading -->
  <xsl:function name="tk:correspondents" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:variable name="names" as="xs:string*" select="tk:correspondence-actions($node, $role)
        /(tei:persName | tei:orgName | tei:name | tei:rs | tei:addName) ! tk:plain-text(.)[.]"/>
    <xsl:sequence select="if (exists($names) or tkp:has-correspondents($node)) then $names
        else tkp:heading-party($node, $role)"/>
  </xsl:function>

  <xsl:function name="tkp:has-correspondents" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists(tk:header($node)/tei:profileDesc/tei:correspDesc/tei:correspAction
        /(tei:persName | tei:orgName | tei:name | tei:rs | tei:addName))"/>
  </xsl:function>

  <xsl:function name="tkp:heading-party" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:variable name="heading" as="xs:string" select="string(tk:document-div($node)/tei:head[1] ! tk:plain-text(.))"/>
    <xsl:variable name="group" as="xs:string?" select="map { 'sent': '$3', 'received': '$4' }($role)"/>
    <xsl:sequence select="replace($heading, $tkp:heading-pattern, $group)[exists($group) and matches($heading, $tkp:heading-pattern)]"/>
  </xsl:function>

  <!-- where it was sent from (or received): the header's places, else (sent) the dateline's -->
  <xsl:function name="tk:correspondence-places" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:variable name="places" as="xs:string*" select="tk:correspondence-actions($node, $role)
        /(tei:placeName | tei:settlement | tei:geogName | tei:country) ! tk:plain-text(.)[.]"/>
    <xsl:sequence select="if (exists($places) or $role ne 'sent') then $places
        else distinct-values(tkp:datelines($node)//tei:placeName ! tk:plain-text(.)[.])"/>
  </xsl:function>

  <!--
    When it was sent (or received): the header's dates, else (sent) the dates of the document's
    dateline, else one made of FRUS's frus:doc-dateTime-min/max.
  -->
  <xsl:function name="tk:correspondence-dates" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:variable name="dates" as="element(tei:date)*" select="tk:correspondence-actions($node, $role)/tei:date"/>
    <xsl:variable name="datelines" as="element(tei:date)*" select="tkp:datelines($node)//tei:date[normalize-space() or @when or @notBefore or @notAfter]"/>
    <xsl:sequence select="if (exists($dates) or $role ne 'sent') then $dates ! tkp:worded-date(., $datelines)
        else if (exists($datelines)) then $datelines
        else tkp:frus-date(tk:document-div($node))"/>
  </xsl:function>

  <!-- a header date without words of its own takes those of the dateline's date with the same value -->
  <xsl:function name="tkp:worded-date" as="element()">
    <xsl:param name="date" as="element()"/>
    <xsl:param name="candidates" as="element()*"/>
    <xsl:sequence select="if (normalize-space($date)) then $date
        else ($candidates[normalize-space()][tkp:date-key(.) = tkp:date-key($date)], $date)[1]"/>
  </xsl:function>

  <xsl:function name="tkp:date-key" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="string-join(($date/@when, $date/@notBefore, $date/@notAfter, $date/@from, $date/@to) ! string(), '|')"/>
  </xsl:function>

  <!-- the datelines of the document: its opener's, else the first one of its text -->
  <xsl:function name="tkp:datelines" as="element(tei:dateline)*">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="document" as="element(tei:div)?" select="tk:document-div($node)"/>
    <xsl:sequence select="if ($document) then ($document/tei:opener/tei:dateline, $document/tei:dateline, ($document//tei:dateline)[1])[1]
        else ()"/>
  </xsl:function>

  <xsl:function name="tkp:frus-date" as="element(tei:date)?">
    <xsl:param name="document" as="element(tei:div)?"/>
    <xsl:variable name="min" as="xs:string?" select="$document/@frus:doc-dateTime-min"/>
    <xsl:variable name="max" as="xs:string?" select="$document/@frus:doc-dateTime-max"/>
    <xsl:if test="$min and $max">
      <tei:date>
        <xsl:attribute name="{if ($min eq $max) then 'when' else 'notBefore'}" select="$min"/>
        <xsl:if test="$min ne $max">
          <xsl:attribute name="notAfter" select="$max"/>
        </xsl:if>
      </tei:date>
    </xsl:if>
  </xsl:function>

  <!--
    A date as a reader sees it: its own text where it has some ("June 24, 1986, 2346Z"), else made
    from its attributes (@when; @notBefore/@notAfter; @from/@to).
  -->
  <xsl:function name="tk:date-label" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="text" as="xs:string" select="tk:plain-text($date)"/>
    <xsl:variable name="start" as="xs:string?" select="($date/@from, $date/@notBefore)[1] ! tk:format-date(.)"/>
    <xsl:variable name="end" as="xs:string?" select="($date/@to, $date/@notAfter)[1] ! tk:format-date(.)"/>
    <xsl:sequence select="(
        $text[.],
        $date/@when ! tk:format-date(.),
        string-join(($start, $end), ' – ')[$start and $end],
        ('not before ' || $start)[$date/@notBefore],
        ('from ' || $start)[$start],
        ('not after ' || $end)[$date/@notAfter],
        ('until ' || $end)[$end],
        '')[1]"/>
  </xsl:function>

  <!--
    A date as a machine reads it (HTML time/@datetime): @when, else @notBefore or @from, when it is
    an ISO date, date-time, year-month or year.
  -->
  <xsl:function name="tk:date-value" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="($date/@when, $date/@notBefore, $date/@from)[1][tk:is-iso-date(.)] ! string()"/>
  </xsl:function>

  <xsl:function name="tk:is-iso-date" as="xs:boolean">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="$value castable as xs:dateTime or $value castable as xs:date
        or $value castable as xs:gYearMonth or matches($value, '^\d{4}$')"/>
  </xsl:function>

  <!--
    An ISO date in English words: "1986-06-24" is "24 June 1986", "1986-06-24T23:46:00Z" is
    "24 June 1986, 23:46 UTC", "1986-06" is "June 1986"; anything else stays as it is.
  -->
  <xsl:function name="tk:format-date" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="v" as="xs:string" select="normalize-space($value)"/>
    <xsl:sequence select="
        if ($v castable as xs:dateTime) then tkp:format-date-time(xs:dateTime($v))
        else if ($v castable as xs:date) then format-date(xs:date($v), '[D] [MNn] [Y0001]', 'en', (), ())
        else if ($v castable as xs:gYearMonth) then format-date(xs:date($v || '-01'), '[MNn] [Y0001]', 'en', (), ())
        else $v"/>
  </xsl:function>

  <xsl:function name="tkp:format-date-time" as="xs:string">
    <xsl:param name="value" as="xs:dateTime"/>
    <xsl:variable name="zone" as="xs:dayTimeDuration?" select="timezone-from-dateTime($value)"/>
    <xsl:sequence select="format-dateTime($value, '[D] [MNn] [Y0001], [H01]:[m01]', 'en', (), ())
        || (if (empty($zone)) then '' else if ($zone eq xs:dayTimeDuration('PT0S')) then ' UTC'
            else ' (UTC' || format-dateTime($value, '[Z]', 'en', (), ()) || ')')"/>
  </xsl:function>

</xsl:stylesheet>
