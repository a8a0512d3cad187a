// Previews in the editor, drawn with the site's own styles (preview.css).
// Plain JavaScript: Decap loads this file as it is, next to its own bundle.
/* global CMS, h */
(function () {
  CMS.registerPreviewStyle('preview.css');

  var field = function (entry, name) {
    return entry.getIn(['data', name]);
  };

  var Article = function (props) {
    var entry = props.entry;
    var title = field(entry, 'title') || field(entry, 'name') || '';
    var lede = field(entry, 'summary') || field(entry, 'description') || '';
    return h(
      'main',
      { style: { padding: '1.5rem' } },
      h('h1', {}, title),
      lede ? h('p', { className: 'lede', style: { fontSize: '1.25rem', color: 'var(--color-muted)' } }, lede) : null,
      h('div', { className: 'prose' }, props.widgetFor('body')),
    );
  };

  var Concept = function (props) {
    var entry = props.entry;
    var terms = field(entry, 'terms');
    var source = field(entry, 'definition_source');
    return h(
      'main',
      { style: { padding: '1.5rem' } },
      h('h1', {}, field(entry, 'title') || ''),
      h('p', { style: { fontSize: '1.25rem', borderInlineStart: '4px solid var(--color-accent)', paddingInlineStart: '1rem' } }, field(entry, 'definition') || ''),
      source ? h('p', { style: { fontSize: '0.875rem' } }, (source.get('publisher') || '') + ' (' + (source.get('year') || '') + '). ' + (source.get('title') || '')) : null,
      h('h2', {}, 'Terms'),
      h(
        'ul',
        {},
        terms
          ? terms.map(function (term, index) {
              return h('li', { key: index }, h('strong', {}, term.get('term')), ' · ', term.get('status'), ', ', term.get('type'));
            })
          : null,
      ),
    );
  };

  ['countries', 'guide-topics', 'guides', 'process', 'projects', 'organisations', 'twinnings', 'news', 'pages'].forEach(function (name) {
    CMS.registerPreviewTemplate(name, Article);
  });
  CMS.registerPreviewTemplate('glossary', Concept);
})();
