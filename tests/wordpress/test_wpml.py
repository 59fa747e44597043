from news.models import Post


def test_a_wpml_translation_group_becomes_one_item(run_import):
    run_import("wpml.xml")
    post = Post.objects.get(title_fr="Rapport annuel")
    assert post.title_en == "Annual report"
    assert post.original_language == "fr"
    assert post.category == Post.Category.REPORT


def test_a_post_without_language_data_takes_the_language_given(run_import):
    output = run_import("wpml.xml", "--language", "es")
    post = Post.objects.get(title_es="Sans langue")
    assert post.original_language == "es" and post.status == "draft"
    assert "had no language data: taken as es" in output


def test_without_a_language_given_the_exports_own_is_taken(run_import):
    run_import("wpml.xml")
    assert Post.objects.get(title_fr="Sans langue").original_language == "fr"
