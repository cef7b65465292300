-- outlinenotes.lua: let LuaLaTeX break lines between CJK characters.
-- Japanese and Chinese notes have no spaces, so without break points a sentence runs off
-- the page. After hyphenation, a zero-width stretchable glue goes between two glyphs when
-- either is CJK; latin text is left as it is.
local GLYPH, GLUE = node.id("glyph"), node.id("glue")
local STRETCH = 2 * 65536 -- 2pt, in scaled points

local function cjk(c)
  return (c >= 0x2E80 and c <= 0x9FFF) or (c >= 0xAC00 and c <= 0xD7AF)
      or (c >= 0xF900 and c <= 0xFAFF) or (c >= 0xFF00 and c <= 0xFFEF)
      or (c >= 0x20000 and c <= 0x3FFFF)
end

local function breakable(head, tail)
  lang.hyphenate(head, tail)
  local n = head
  while n do
    local following = n.next
    if n.id == GLYPH and following and following.id == GLYPH
        and (cjk(n.char) or cjk(following.char)) then
      local glue = node.new(GLUE)
      node.setglue(glue, 0, STRETCH, 0)
      head = node.insert_after(head, n, glue)
    end
    n = following
  end
  return true
end

luatexbase.add_to_callback("hyphenate", breakable, "outlinenotes.cjkbreak")
