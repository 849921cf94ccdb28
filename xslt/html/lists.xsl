<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists, registers (bibliographies, people, places, a cast) and tables as HTML lists and tables,
  in mode tkp:block (blocks.xsl) with the helper modes tkp:list-member and tkp:table-member.
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

  <!--
    Lists, registers and tables. HTML allows only items in a list and only rows and cells in a
    table, so whatever stands between them (a page break, a note, a milestone: TEI's model.global)
    goes into the next item, row or cell, at its start; after the last one, into an item or row of
    its own.
  -->

  <!-- a child of a list or table that belongs to the next member rather than being one -->
  <xsl:function name="tkp:is-loose" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node[self::tei:pb | self::tei:cb | self::tei:milestone | self::tei:lb | self::tei:note
        | self::tei:anchor | self::tei:fw | self::tei:gap | self::tei:index | self::text() | self::comment() | self::processing-instruction()])"/>
  </xsl:function>

  <!-- the members of a list, a register, a table or a row, each with the loose nodes before it -->
  <xsl:template name="tkp:members">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="mode-name" as="xs:string"/>
    <xsl:param name="list" as="xs:string" select="''"/>
    <xsl:param name="columns" as="xs:integer" select="1"/>
    <xsl:for-each-group select="$nodes" group-ending-with="node()[not(tkp:is-loose(.))]">
      <xsl:variable name="member" as="node()" select="current-group()[last()]"/>
      <xsl:variable name="loose" as="node()*" select="current-group()[position() lt last()][tkp:is-significant(.)]"/>
      <xsl:choose>
        <xsl:when test="$mode-name = 'list'">
          <xsl:apply-templates select="$member" mode="tkp:list-member">
            <xsl:with-param name="list" select="$list"/>
            <xsl:with-param name="loose" select="$loose"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="$member" mode="tkp:table-member">
            <xsl:with-param name="columns" select="$columns"/>
            <xsl:with-param name="loose" select="$loose"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="tei:list" mode="tkp:block">
    <xsl:variable name="name" as="xs:string" select="tkp:list-element(.)"/>
    <xsl:variable name="list" as="element()">
      <xsl:element name="{$name}">
        <xsl:sequence select="tkp:attributes(., ('list', tei:label[1] ! 'labelled'))"/>
        <xsl:call-template name="tkp:members">
          <xsl:with-param name="nodes" select="node() except tei:head"/>
          <xsl:with-param name="mode-name" select="'list'"/>
          <xsl:with-param name="list" select="$name"/>
        </xsl:call-template>
      </xsl:element>
    </xsl:variable>
    <xsl:call-template name="tkp:with-heads">
      <xsl:with-param name="heads" select="tei:head"/>
      <xsl:with-param name="block" select="$list"/>
    </xsl:call-template>
  </xsl:template>

  <!-- lists: numbered (ordered), label–item pairs (gloss, or labels beside the items), else bulleted -->
  <xsl:function name="tkp:list-element" as="xs:string">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:sequence select="
        if ($list/tei:label or $list/@type = ('gloss', 'glossary', 'dict')) then 'dl'
        else if ($list/@type = ('ordered', 'numbered', 'decimal') or tokenize($list/@rend) = ('numbered', 'ordered')) then 'ol'
        else 'ul'"/>
  </xsl:function>

  <!-- registers: bibliographies, people, places, organisations, events, a play's cast -->
  <xsl:template match="tei:listBibl | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:castList" mode="tkp:block">
    <xsl:variable name="list" as="element()">
      <ul>
        <xsl:sequence select="tkp:attributes(., ('list', local-name()))"/>
        <xsl:call-template name="tkp:members">
          <xsl:with-param name="nodes" select="node() except tei:head"/>
          <xsl:with-param name="mode-name" select="'list'"/>
          <xsl:with-param name="list" select="'ul'"/>
        </xsl:call-template>
      </ul>
    </xsl:variable>
    <xsl:call-template name="tkp:with-heads">
      <xsl:with-param name="heads" select="tei:head"/>
      <xsl:with-param name="block" select="$list"/>
    </xsl:call-template>
  </xsl:template>

  <!-- a heading for a list or register: the heads before the block, both in a div -->
  <xsl:template name="tkp:with-heads">
    <xsl:param name="heads" as="element(tei:head)*"/>
    <xsl:param name="block" as="element()"/>
    <xsl:choose>
      <xsl:when test="exists($heads)">
        <div class="list-block">
          <xsl:for-each select="$heads">
            <p>
              <xsl:sequence select="tkp:attributes(., ('head', 'list-head'))"/>
              <xsl:apply-templates mode="tkp:inline"/>
            </p>
          </xsl:for-each>
          <xsl:sequence select="$block"/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$block"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:mode name="tkp:list-member" on-no-match="fail" on-multiple-match="fail"/>

  <!-- an item: li (dd beside a label), its loose predecessors first, its content as flow -->
  <xsl:template match="tei:item | tei:castItem | tei:bibl | tei:biblStruct | tei:person | tei:personGrp | tei:place | tei:org
      | tei:event" mode="tkp:list-member">
    <xsl:param name="list" as="xs:string"/>
    <xsl:param name="loose" as="node()*"/>
    <xsl:element name="{if ($list eq 'dl') then 'dd' else 'li'}">
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:if test="$list eq 'ol' and @n castable as xs:integer">
        <xsl:attribute name="value" select="xs:integer(@n)"/>
      </xsl:if>
      <xsl:apply-templates select="$loose" mode="tkp:inline"/>
      <xsl:call-template name="tkp:flow"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:label" mode="tkp:list-member">
    <xsl:param name="list" as="xs:string"/>
    <xsl:param name="loose" as="node()*"/>
    <xsl:element name="{if ($list eq 'dl') then 'dt' else 'li'}">
      <xsl:sequence select="tkp:attributes(., 'label')"/>
      <xsl:apply-templates select="$loose, node()" mode="tkp:inline"/>
    </xsl:element>
  </xsl:template>

  <!-- a list or a cast group standing in a list: an item holding it -->
  <xsl:template match="tei:list | tei:listBibl | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent" mode="tkp:list-member">
    <xsl:param name="list" as="xs:string"/>
    <xsl:param name="loose" as="node()*"/>
    <xsl:element name="{if ($list eq 'dl') then 'dd' else 'li'}">
      <xsl:apply-templates select="$loose" mode="tkp:inline"/>
      <xsl:apply-templates select="." mode="tkp:block"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:castGroup" mode="tkp:list-member">
    <xsl:param name="loose" as="node()*"/>
    <li>
      <xsl:sequence select="tkp:attributes(., 'castGroup')"/>
      <xsl:apply-templates select="$loose, tei:head" mode="tkp:inline"/>
      <ul>
        <xsl:call-template name="tkp:members">
          <xsl:with-param name="nodes" select="node() except tei:head"/>
          <xsl:with-param name="mode-name" select="'list'"/>
          <xsl:with-param name="list" select="'ul'"/>
        </xsl:call-template>
      </ul>
    </li>
  </xsl:template>

  <!-- anything else: an item of its own (loose nodes after the last item, an element out of place) -->
  <xsl:template match="node()" mode="tkp:list-member" priority="-1">
    <xsl:param name="list" as="xs:string"/>
    <xsl:param name="loose" as="node()*"/>
    <xsl:if test="tkp:is-significant(($loose, .))">
      <xsl:element name="{if ($list eq 'dl') then 'dd' else 'li'}">
        <xsl:attribute name="class" select="'list-extra'"/>
        <xsl:apply-templates select="$loose" mode="tkp:inline"/>
        <xsl:apply-templates select="." mode="tkp:block"/>
      </xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- tables -->

  <xsl:template match="tei:table" mode="tkp:block">
    <xsl:variable name="columns" as="xs:integer" select="max((1, tei:row ! sum(tei:cell ! tkp:span(@cols))))"/>
    <table>
      <xsl:sequence select="tkp:attributes(., ())"/>
      <xsl:for-each select="tei:head[1]">
        <caption>
          <xsl:sequence select="tkp:attributes(., ())"/>
          <xsl:apply-templates mode="tkp:inline"/>
        </caption>
      </xsl:for-each>
      <tbody>
        <xsl:call-template name="tkp:members">
          <xsl:with-param name="nodes" select="node() except tei:head[1]"/>
          <xsl:with-param name="mode-name" select="'table'"/>
          <xsl:with-param name="columns" select="$columns"/>
        </xsl:call-template>
      </tbody>
    </table>
  </xsl:template>

  <xsl:function name="tkp:span" as="xs:integer">
    <xsl:param name="value" as="attribute()?"/>
    <xsl:sequence select="if ($value castable as xs:integer and xs:integer($value) gt 0) then xs:integer($value) else 1"/>
  </xsl:function>

  <xsl:mode name="tkp:table-member" on-no-match="fail" on-multiple-match="fail"/>

  <!-- a row: the loose nodes before it go into its first cell -->
  <xsl:template match="tei:row" mode="tkp:table-member">
    <xsl:param name="loose" as="node()*"/>
    <tr>
      <xsl:sequence select="tkp:attributes(., ())"/>
      <xsl:call-template name="tkp:members">
        <xsl:with-param name="nodes" select="$loose, node()"/>
        <xsl:with-param name="mode-name" select="'table'"/>
      </xsl:call-template>
    </tr>
  </xsl:template>

  <xsl:template match="tei:cell" mode="tkp:table-member">
    <xsl:param name="loose" as="node()*"/>
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:sequence select="tkp:attributes(., ())"/>
      <xsl:if test="tkp:span(@cols) gt 1">
        <xsl:attribute name="colspan" select="tkp:span(@cols)"/>
      </xsl:if>
      <xsl:if test="tkp:span(@rows) gt 1">
        <xsl:attribute name="rowspan" select="tkp:span(@rows)"/>
      </xsl:if>
      <xsl:apply-templates select="$loose" mode="tkp:inline"/>
      <xsl:call-template name="tkp:flow"/>
    </xsl:element>
  </xsl:template>

  <!-- anything else: loose nodes after the last row (or cell), an element out of place -->
  <xsl:template match="node()" mode="tkp:table-member" priority="-1">
    <xsl:param name="columns" as="xs:integer" select="1"/>
    <xsl:param name="loose" as="node()*"/>
    <xsl:if test="tkp:is-significant(($loose, .))">
      <xsl:variable name="cell" as="element()">
        <td class="table-extra" colspan="{$columns}">
          <xsl:apply-templates select="$loose" mode="tkp:inline"/>
          <xsl:apply-templates select="." mode="tkp:block"/>
        </td>
      </xsl:variable>
      <xsl:sequence select="if (parent::tei:row) then $cell else tkp:row($cell)"/>
    </xsl:if>
  </xsl:template>

  <xsl:function name="tkp:row" as="element()">
    <xsl:param name="cell" as="element()"/>
    <tr class="table-extra">
      <xsl:sequence select="$cell"/>
    </tr>
  </xsl:function>

</xsl:stylesheet>
