// The reader page's progressive enhancement: live updates from /api/feed/stream and
// "Vis flere" from /api/feed. The page works without it. Items are built with
// textContent only, never innerHTML, so no feed text is ever parsed as HTML.
(function () {
	'use strict';

	var PAGE_SIZE = 10;
	var NEXT_EVENTS = 5;
	var PEOPLE = 6;

	var parts = new Intl.DateTimeFormat('da-DK', {
		timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'long', year: 'numeric',
		hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
	});

	// "26. november 2026 kl. 09.00", as the server writes it.
	function formatDate(iso) {
		var p = {};
		parts.formatToParts(new Date(iso)).forEach(function (part) { p[part.type] = part.value; });
		return p.day + '. ' + p.month + ' ' + p.year + ' kl. ' + p.hour + '.' + p.minute;
	}

	function el(tag, className, text) {
		var node = document.createElement(tag);
		if (className) {
			node.className = className;
		}
		if (text) {
			node.textContent = text;
		}
		return node;
	}

	function titleLink(item, text) {
		var heading = el('h3', 'title');
		var link = el('a', null, text);
		// Its page on the site; the API resource for a type without pages.
		link.href = item.url || item.link;
		heading.appendChild(link);
		return heading;
	}

	function time(iso) {
		var node = el('time', null, formatDate(iso));
		node.setAttribute('datetime', iso);
		return node;
	}

	function shell(item, kind) {
		var li = el('li', 'item ' + kind);
		li.dataset.type = item.type;
		li.dataset.id = item.id;
		if (kind !== 'event') {
			li.dataset.publishedAt = item.publishedAt;
		}
		return li;
	}

	function articleNode(item) {
		var li = shell(item, 'article');
		li.appendChild(el('p', 'kicker', item.section));
		li.appendChild(titleLink(item, item.title));
		li.appendChild(el('p', 'summary', item.summary));
		var meta = el('p', 'meta');
		meta.appendChild(time(item.publishedAt));
		li.appendChild(meta);
		return li;
	}

	function eventNode(item) {
		var event = item.event || {};
		var li = shell(item, 'event');
		li.dataset.startsAt = event.startsAt;
		var when = el('p', 'when');
		when.appendChild(time(event.startsAt));
		if (event.status === 'CANCELLED') {
			li.classList.add('is-cancelled');
			when.appendChild(document.createTextNode(' '));
			when.appendChild(el('span', 'badge cancelled', 'Aflyst'));
		}
		else if (event.status === 'SOLD_OUT') {
			when.appendChild(document.createTextNode(' '));
			when.appendChild(el('span', 'badge sold-out', 'Udsolgt'));
		}
		li.appendChild(when);
		li.appendChild(titleLink(item, item.title));
		var where = el('p', 'where');
		where.appendChild(el('span', 'city', event.city));
		where.appendChild(el('span', 'track', event.track));
		li.appendChild(where);
		return li;
	}

	function personNode(item) {
		var person = item.person || {};
		var li = shell(item, 'person');
		li.appendChild(el('p', 'label', person.label || item.section));
		li.appendChild(titleLink(item, person.name || item.title));
		var position = el('p', 'position');
		position.appendChild(el('span', 'new-title', person.title));
		position.appendChild(el('span', 'company', person.company));
		li.appendChild(position);
		return li;
	}

	function find(type, id) {
		var items = document.querySelectorAll('li.item');
		for (var i = 0; i < items.length; i++) {
			if (items[i].dataset.type === type && items[i].dataset.id === id) {
				return items[i];
			}
		}
		return null;
	}

	function isUpcoming(item) {
		return item.event && item.event.startsAt && new Date(item.event.startsAt).getTime() > Date.now();
	}

	function trim(list, max) {
		while (list.children.length > max) {
			list.removeChild(list.lastElementChild);
		}
	}

	function clearEmpty(list) {
		var empty = list.parentNode.querySelector('.empty');
		if (empty) {
			empty.remove();
		}
	}

	function flash(node) {
		node.classList.add('is-new');
	}

	// Events stay ordered by start, soonest first.
	function placeEvent(list, node) {
		var starts = new Date(node.dataset.startsAt).getTime();
		var children = list.children;
		for (var i = 0; i < children.length; i++) {
			if (new Date(children[i].dataset.startsAt).getTime() > starts) {
				list.insertBefore(node, children[i]);
				return;
			}
		}
		list.appendChild(node);
	}

	// Articles and person news stay in feed order: newest first, ties by id. An item older
	// than the last one shown goes at the end only when the list is complete (nothing
	// older to load), else it is left for "Vis flere".
	function placeByPublished(list, node, complete) {
		var published = new Date(node.dataset.publishedAt).getTime();
		var children = list.children;
		for (var i = 0; i < children.length; i++) {
			var other = new Date(children[i].dataset.publishedAt).getTime();
			if (other < published || (other === published && children[i].dataset.id > node.dataset.id)) {
				list.insertBefore(node, children[i]);
				return;
			}
		}
		if (complete) {
			list.appendChild(node);
		}
	}

	// Applies an added or changed item. Idempotent by type and id: the page may already
	// show what the stream replays (it resumes from before the page was read), so the
	// item replaces any node of the same type and id, wherever it belongs now.
	function show(item, isNew) {
		var existing = find(item.type, item.id);
		var node;
		var list;
		if (item.type === 'article') {
			list = document.getElementById('articles');
			if (!list) {
				return;
			}
			node = articleNode(item);
			if (!firstPage) {
				// A later page shows the articles it was asked for, updated in place.
				if (existing) {
					existing.replaceWith(node);
				}
			}
			else {
				if (existing) {
					existing.remove();
				}
				placeByPublished(list, node, !document.getElementById('vis-flere'));
			}
		}
		else if (item.type === 'event') {
			list = document.getElementById('events');
			if (existing) {
				existing.remove();
			}
			if (!list || !isUpcoming(item)) {
				return;
			}
			node = eventNode(item);
			placeEvent(list, node);
			trim(list, NEXT_EVENTS);
		}
		else if (item.type === 'person') {
			list = document.getElementById('people');
			if (!list) {
				return;
			}
			if (existing) {
				existing.remove();
			}
			node = personNode(item);
			placeByPublished(list, node, list.children.length < PEOPLE);
			trim(list, PEOPLE);
		}
		if (node && node.parentNode) {
			clearEmpty(list);
			if (isNew && !existing) {
				flash(node);
			}
		}
	}

	function remove(ref) {
		var existing = find(ref.type, ref.id);
		if (existing) {
			existing.remove();
		}
	}

	var front = document.getElementById('forside');
	var firstPage = front && front.dataset.firstPage === 'true';
	// Where the page was rendered in the stream: the stream replays what changed since.
	var streamPosition = front && front.dataset.lastEventId;

	// A reset means the stream cannot replay from the page's position (the page was open
	// longer than the gateway's history holds): reload the page. Not again within a few
	// seconds, so the page cannot reload in a loop; then the live events just follow.
	var RESET_KEY = 'newsroom.reader.reset';
	var RESET_PAUSE = 10000;

	function reloadOnce() {
		var now = Date.now();
		try {
			var last = Number(window.sessionStorage.getItem(RESET_KEY)) || 0;
			if (now - last < RESET_PAUSE) {
				return;
			}
			window.sessionStorage.setItem(RESET_KEY, String(now));
		}
		catch (e) {
			// No session storage: reload anyway.
		}
		window.location.reload();
	}

	function listen() {
		if (!window.EventSource) {
			return;
		}
		// A first connection cannot send Last-Event-ID, so the position goes in the query;
		// when the browser reconnects, its Last-Event-ID header wins over it.
		var url = '/api/feed/stream' + (streamPosition ? '?lastEventId=' + encodeURIComponent(streamPosition) : '');
		var source = new EventSource(url);
		var status = document.getElementById('live-status');
		function live() {
			document.documentElement.dataset.stream = 'ready';
			if (status) {
				status.hidden = false;
			}
		}
		source.onopen = live;
		source.addEventListener('ready', live);
		source.addEventListener('added', function (e) { show(JSON.parse(e.data), true); });
		source.addEventListener('changed', function (e) { show(JSON.parse(e.data), false); });
		source.addEventListener('removed', function (e) { remove(JSON.parse(e.data)); });
		source.addEventListener('reset', reloadOnce);
		source.addEventListener('dropped', function () {
			// The browser reconnects with Last-Event-ID and gets what it missed.
		});
		source.onerror = function () {
			if (status) {
				status.hidden = true;
			}
		};
	}

	function loadMore(link) {
		link.addEventListener('click', function (e) {
			var cursor = link.dataset.cursor;
			if (!cursor || !window.fetch) {
				return;
			}
			e.preventDefault();
			link.setAttribute('aria-busy', 'true');
			fetch('/api/feed?type=article&limit=' + PAGE_SIZE + '&cursor=' + encodeURIComponent(cursor), {
				headers: { 'Accept': 'application/json' }
			}).then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			}).then(function (page) {
				var list = document.getElementById('articles');
				page.items.forEach(function (item) {
					if (!find(item.type, item.id)) {
						list.appendChild(articleNode(item));
					}
				});
				link.removeAttribute('aria-busy');
				if (page.next) {
					link.dataset.cursor = page.next;
					link.href = '/?cursor=' + encodeURIComponent(page.next);
				}
				else {
					link.parentNode.remove();
				}
			}).catch(function () {
				// Fall back to the plain link.
				window.location.href = link.href;
			});
		});
	}

	var more = document.getElementById('vis-flere');
	if (more) {
		loadMore(more);
	}
	listen();
	document.documentElement.dataset.enhanced = 'true';
}());
