// Previews in the editor, drawn with the site's own styles (preview.css).
// Plain JavaScript: Decap loads this file as it is, next to its own bundle.
/* global CMS, h */
(function () {
  CMS.registerPreviewStyle('preview.css');

  // In the side-by-side translation pane, a field shared by all languages is
  // rendered hidden. Decap's relation widget reports its value once it has
  // loaded its options, and Decap would store that report as a translation of
  // the shared field: the file would gain copies the editor never made. This
  // wrapper passes everything through except changes from hidden fields.
  var relation = CMS.getWidget('relation');
  var SharedAwareRelation = createClass({
    isValid: function () {
      return this.inner && this.inner.isValid ? this.inner.isValid() : { error: false };
    },
    render: function () {
      var self = this;
      var hidden = typeof this.props.isFieldHidden === 'function' && this.props.isFieldHidden(this.props.field);
      var props = Object.assign({}, this.props, {
        ref: function (control) {
          self.inner = control;
        },
      });
      if (hidden) props.onChange = function () {};
      return h(relation.control, props);
    },
  });
  CMS.registerWidget('relation', SharedAwareRelation, relation.preview);

  // An optional group (a country's visa exemption, say) whose fields are all
  // needed once any is filled in: the config marks them with
  // `required_when_filled`, and the group accepts being empty or complete, so
  // the editor never saves half a fact that the build would refuse.
  var object = CMS.getWidget('object');
  var isBlank = function (value) {
    return value === undefined || value === null || value === '' || (value && typeof value.size === 'number' && value.size === 0);
  };
  var CompleteOrEmptyObject = createClass({
    isValid: function () {
      var own = this.inner && this.inner.isValid ? this.inner.isValid() : { error: false };
      if (own && own.error) return own;
      var needed = this.props.field.get('required_when_filled');
      var value = this.props.value;
      if (!needed || isBlank(value)) return { error: false };
      var filled = value.filter(function (child) {
        return !isBlank(child);
      });
      if (filled.size === 0) return { error: false };
      var missing = needed.filter(function (name) {
        return isBlank(value.get(name));
      });
      if (missing.size === 0) return { error: false };
      var labels = missing.map(function (name) {
        var child = this.props.field.get('fields').find(function (candidate) {
          return candidate.get('name') === name;
        });
        return child ? child.get('label') : name;
      }, this);
      return { error: { type: 'CUSTOM', message: this.props.field.get('label') + ': fill in ' + labels.join(', ') + ', or leave the whole group empty.' } };
    },
    render: function () {
      var self = this;
      return h(object.control, Object.assign({}, this.props, {
        ref: function (control) {
          self.inner = control;
        },
      }));
    },
  });
  CMS.registerWidget('object', CompleteOrEmptyObject, object.preview);

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
