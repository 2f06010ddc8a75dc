package dk.newsroom.articles.article;

import java.util.List;

import dk.newsroom.platform.content.HttpUrl;
import dk.newsroom.platform.content.PlainText;
import dk.newsroom.platform.content.RichText;
import dk.newsroom.platform.resource.ContentRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor sends to create or fully update an article.
 *
 * @param body HTML; sanitised against the news allowlist before it is stored
 * @param language ISO 639-1, {@code da} when absent
 */
public record ArticleRequest(@NotBlank @Size(max = 200) @PlainText String headline,
		@NotBlank @Size(max = 600) @PlainText(multiline = true) String lead,
		@NotBlank @Size(max = 100_000) @PlainText(multiline = true) String body, @Valid ImageRequest topImage,
		@NotBlank @Size(max = 60) @PlainText String section,
		@Size(max = 10) List<@NotBlank @Size(max = 100) @PlainText String> authors,
		@Size(max = 100) @PlainText String source,
		@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as da") String language,
		@Size(max = 20) List<@NotBlank @Size(max = 50) @PlainText String> tags)
		implements
			ContentRequest<ArticleContent> {

	/**
	 * @param url absolute http(s) URL of the picture
	 */
	public record ImageRequest(@NotNull @HttpUrl @Size(max = 2000) String url,
			@Size(max = 300) @PlainText(multiline = true) String caption, @Size(max = 200) @PlainText String credit) {

		Image toImage() {
			return new Image(this.url, this.caption, this.credit);
		}

	}

	@Override
	public ArticleContent toContent() {
		return new ArticleContent(this.headline.strip(), this.lead.strip(), RichText.sanitize(this.body),
				(this.topImage != null) ? this.topImage.toImage() : null, this.section.strip(),
				(this.authors != null) ? this.authors.stream().map(String::strip).toList() : List.of(),
				(this.source != null && !this.source.isBlank()) ? this.source.strip() : null,
				(this.language != null) ? this.language : "da",
				(this.tags != null) ? this.tags.stream().map(String::strip).distinct().toList() : List.of());
	}

}
