// A small editor for minutes, purposes and reasons (scrutiny.richtext).
//
// Progressive enhancement: the form field is a <textarea data-module=
// "scrutiny-rich-text">, which a browser without JavaScript posts as it is.
// Here the textarea is hidden and an editable region takes its place, with
// a toolbar of real buttons (bold, italic, heading, bulleted and numbered
// lists). Every change is copied back into the textarea, so the form posts
// the editor's HTML. The server cleans whatever is posted (scrutiny.richtext
// .to_html): this file only has to keep the HTML's shape, not make it safe.
//
// Paste from Word: the clipboard's HTML is parsed in an inert document
// (nothing in it runs or loads), stripped of everything but its structure
// and the marks that tell Word's list paragraphs apart, and inserted. On
// save the server turns those paragraphs into real lists and keeps tables.
//
// Keyboard: Tab reaches the toolbar (one stop; the arrow keys, Home and End
// move between its buttons) and then the text. Ctrl+B and Ctrl+I work in the
// text. Each button says whether its format applies with aria-pressed.

const BUTTONS = [
  { name: 'bold', label: 'Bold', command: 'bold' },
  { name: 'italic', label: 'Italic', command: 'italic' },
  { name: 'heading', label: 'Heading', block: 'h3' },
  { name: 'bullets', label: 'Bulleted list', command: 'insertUnorderedList' },
  { name: 'numbers', label: 'Numbered list', command: 'insertOrderedList' }
]

// Elements dropped with their content, and the attributes kept, on paste.
const DROPPED = 'script, style, template, noscript, title, meta, link, head, iframe, object, embed, ' +
  'img, svg, math, form, input, button, select, textarea, video, audio, canvas'
const KEPT_ATTRIBUTES = new Set(['href', 'colspan', 'rowspan', 'start'])
const SAFE_HREF = /^(https?:|mailto:)/i

function escapeHtml (text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Plain text in the older format (blank lines between paragraphs, "- "
// before a bullet) as HTML, for a textarea that holds no markup.
function textToHtml (text) {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)
  return blocks.map(function (block) {
    const lines = block.split('\n').map(function (line) { return line.trim() }).filter(Boolean)
    let html = ''
    let run = []
    let runIsList = false
    const flush = function () {
      if (!run.length) return
      html += runIsList
        ? '<ul>' + run.map(function (line) { return '<li>' + escapeHtml(line) + '</li>' }).join('') + '</ul>'
        : '<p>' + run.map(escapeHtml).join('<br>') + '</p>'
      run = []
    }
    lines.forEach(function (line) {
      const isList = line.startsWith('- ')
      if (isList !== runIsList) flush()
      runIsList = isList
      run.push(isList ? line.slice(2) : line)
    })
    flush()
    return html
  }).join('')
}

function looksLikeHtml (value) {
  return /<\s*\/?\s*(p|div|br|ul|ol|li|table|h[1-6])[\s>/]/i.test(value)
}

// Style and event handler attributes, and style sheets, are renamed or
// taken out before parsing: an inert document applies and runs none of them,
// but the browser still reports each to the page's policy. Word's list marks
// live in the style attribute, kept as data-mso-style.
const STYLE_SHEETS = /<(style|script)\b[\s\S]*?<\/\1\s*>|<(link|meta)\b[^>]*>/gi
const START_TAGS = /<[a-zA-Z][^>]*>/g

function inertHtml (html) {
  return html.replace(STYLE_SHEETS, '').replace(START_TAGS, function (tag) {
    return tag.replace(/\s(on[a-z]+)\s*=/gi, ' data-dropped-$1=').replace(/\sstyle\s*=/gi, ' data-mso-style=')
  })
}

// The clipboard's HTML reduced to its structure, as a fragment of this document.
function cleanPastedHtml (html) {
  const inert = new DOMParser().parseFromString(inertHtml(html), 'text/html')
  inert.querySelectorAll(DROPPED).forEach(function (element) { element.remove() })
  inert.body.querySelectorAll('*').forEach(function (element) {
    Array.from(element.attributes).forEach(function (attribute) {
      const name = attribute.name.toLowerCase()
      const value = attribute.value
      if (name === 'class' && /^mso/i.test(value)) return
      if (name === 'data-mso-style') {
        const list = value.match(/mso-list\s*:[^;"]*/i)
        if (list) element.setAttribute(name, list[0])
        else element.removeAttribute(name)
        return
      }
      if (name === 'href' && !SAFE_HREF.test(value.trim())) {
        element.removeAttribute(attribute.name)
        return
      }
      if (!KEPT_ATTRIBUTES.has(name)) element.removeAttribute(attribute.name)
    })
  })
  const fragment = document.createDocumentFragment()
  Array.from(inert.body.childNodes).forEach(function (node) {
    fragment.appendChild(document.importNode(node, true))
  })
  return fragment
}

// The editor's HTML as the textarea posts it: "" when it holds no words.
function serialise (editor) {
  if (!editor.textContent.trim() && !editor.querySelector('table, li')) return ''
  return editor.innerHTML.replace(/ data-mso-style="/g, ' style="')
}

function closestBlock (node, editor) {
  while (node && node !== editor) {
    if (node.nodeType === 1 && /^(H[1-6]|P|LI|DIV|TD|TH)$/.test(node.nodeName)) return node
    node = node.parentNode
  }
  return null
}

function enhance (textarea) {
  const label = document.querySelector('label[for="' + textarea.id + '"]')
  const wrapper = document.createElement('div')
  wrapper.className = 'scrutiny-rich-text'

  const toolbar = document.createElement('div')
  toolbar.className = 'scrutiny-rich-text__toolbar'
  toolbar.setAttribute('role', 'toolbar')
  toolbar.setAttribute('aria-label', 'Formatting')

  const editor = document.createElement('div')
  editor.id = textarea.id + '_editor'
  const rows = parseInt(textarea.getAttribute('rows') || '5', 10)
  editor.className = 'govuk-textarea scrutiny-rich-text__editor scrutiny-rich-text__editor--' +
    (rows <= 4 ? 'short' : rows <= 10 ? 'medium' : 'tall')
  editor.contentEditable = 'true'
  editor.setAttribute('role', 'textbox')
  editor.setAttribute('aria-multiline', 'true')
  editor.setAttribute('spellcheck', 'true')
  if (textarea.classList.contains('govuk-textarea--error')) editor.classList.add('govuk-textarea--error')
  if (textarea.getAttribute('aria-describedby')) {
    editor.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'))
  }
  if (label) {
    label.id = label.id || textarea.id + '_label'
    editor.setAttribute('aria-labelledby', label.id)
    // The label now names the editor; clicking it puts the cursor there.
    label.htmlFor = ''
    label.addEventListener('click', function () { editor.focus() })
  }
  toolbar.setAttribute('aria-controls', editor.id)

  const value = textarea.value
  editor.innerHTML = looksLikeHtml(value) ? value : textToHtml(value)
  if (!editor.innerHTML.trim()) editor.innerHTML = '<p><br></p>'

  const sync = function () { textarea.value = serialise(editor) }

  const buttons = BUTTONS.map(function (spec, index) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'scrutiny-rich-text__button scrutiny-rich-text__button--' + spec.name
    // The visible words are the button's name, for speech input too.
    button.textContent = spec.label
    button.setAttribute('aria-pressed', 'false')
    button.tabIndex = index === 0 ? 0 : -1
    // Keep the selection in the text when the button is clicked.
    button.addEventListener('mousedown', function (event) { event.preventDefault() })
    button.addEventListener('click', function () {
      editor.focus()
      if (spec.block) {
        const block = closestBlock(window.getSelection().anchorNode, editor)
        // A list item or a table cell cannot be a heading: the button does nothing there.
        if (block && /^(LI|TD|TH)$/.test(block.nodeName)) return
        const isOn = block && block.nodeName === spec.block.toUpperCase()
        document.execCommand('formatBlock', false, isOn ? 'p' : spec.block)
      } else {
        document.execCommand(spec.command, false, null)
      }
      sync()
      updatePressed()
    })
    toolbar.appendChild(button)
    return button
  })

  toolbar.addEventListener('keydown', function (event) {
    const index = buttons.indexOf(document.activeElement)
    if (index < 0) return
    let next = null
    if (event.key === 'ArrowRight') next = (index + 1) % buttons.length
    if (event.key === 'ArrowLeft') next = (index - 1 + buttons.length) % buttons.length
    if (event.key === 'Home') next = 0
    if (event.key === 'End') next = buttons.length - 1
    if (next === null) return
    event.preventDefault()
    buttons[index].tabIndex = -1
    buttons[next].tabIndex = 0
    buttons[next].focus()
  })

  function updatePressed () {
    const selection = window.getSelection()
    if (!selection.rangeCount || !editor.contains(selection.anchorNode)) return
    const block = closestBlock(selection.anchorNode, editor)
    let list = selection.anchorNode
    while (list && list !== editor && !/^(UL|OL)$/.test(list.nodeName)) list = list.parentNode
    const state = {
      bold: document.queryCommandState('bold'),
      italic: document.queryCommandState('italic'),
      heading: Boolean(block && /^H[1-6]$/.test(block.nodeName)),
      bullets: Boolean(list && list.nodeName === 'UL'),
      numbers: Boolean(list && list.nodeName === 'OL')
    }
    BUTTONS.forEach(function (spec, index) {
      buttons[index].setAttribute('aria-pressed', state[spec.name] ? 'true' : 'false')
    })
  }

  editor.addEventListener('input', sync)
  editor.addEventListener('keyup', updatePressed)
  editor.addEventListener('mouseup', updatePressed)
  editor.addEventListener('focus', function () {
    document.execCommand('defaultParagraphSeparator', false, 'p')
  })
  editor.addEventListener('paste', function (event) {
    const html = event.clipboardData && event.clipboardData.getData('text/html')
    if (!html) return // plain text: the browser pastes it as text
    event.preventDefault()
    const fragment = cleanPastedHtml(html)
    const selection = window.getSelection()
    if (!selection.rangeCount || !editor.contains(selection.anchorNode)) {
      editor.appendChild(fragment)
    } else {
      const range = selection.getRangeAt(0)
      range.deleteContents()
      const last = fragment.lastChild
      range.insertNode(fragment)
      if (last) {
        range.setStartAfter(last)
        range.collapse(true)
        selection.removeAllRanges()
        selection.addRange(range)
      }
    }
    sync()
  })
  if (textarea.form) textarea.form.addEventListener('submit', sync)

  textarea.hidden = true
  textarea.classList.add('scrutiny-rich-text__source')
  textarea.setAttribute('aria-hidden', 'true')
  textarea.tabIndex = -1
  wrapper.appendChild(toolbar)
  wrapper.appendChild(editor)
  textarea.parentNode.insertBefore(wrapper, textarea)
  // An error summary's link to the field brings the cursor to the editor.
  // GOV.UK's error summary handles its own links' clicks (it would focus the
  // hidden textarea), so this listens first, in the capture phase.
  window.addEventListener('hashchange', function () {
    if (window.location.hash === '#' + textarea.id) editor.focus()
  })
  document.addEventListener('click', function (event) {
    const link = event.target.closest && event.target.closest('a[href="#' + textarea.id + '"]')
    if (!link) return
    event.preventDefault()
    event.stopPropagation()
    editor.scrollIntoView({ block: 'center' })
    editor.focus()
  }, true)
}

document.querySelectorAll('textarea[data-module="scrutiny-rich-text"]').forEach(enhance)
